/**
 * The sandbox's Web Worker: executes exactly one run, then the sandbox page terminates it (see
 * `sandbox-frame.ts`), so nothing a run leaves behind (a global, a timer, a patched built-in)
 * reaches another run. Learner code runs here, off every main thread, so a loop that never
 * ends blocks nothing but this worker, which the page then throws away.
 */
import type { LibraryBundle, LibraryBundleExports, LoadBundles } from './library-bundles';
import type { LibrariesMessage, RunMessage, SandboxMessage } from './sandbox-messages';
import { PRACTICE_RUN } from './practice-run';
import { ImportError } from './resolve';
import { runTests } from './run-tests';

interface WorkerScope {
  postMessage(message: SandboxMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunMessage | LibrariesMessage>) => void): void;
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: ErrorEvent & PromiseRejectionEvent) => void): void;
}
const scope = self as unknown as WorkerScope;

// Captured before any learner code runs, which may replace `postMessage` on the global scope.
// What is posted carries the run's id, which learner code never sees, so it cannot post as the runner.
const post = scope.postMessage.bind(scope);

// Errors nothing caught go to the run; they stay here: reaching the frame would mean a broken worker.
let reportUncaught: ((error: unknown) => void) | undefined;
const onUncaught = (event: ErrorEvent & PromiseRejectionEvent) => {
  event.preventDefault();
  reportUncaught?.(event.type === 'unhandledrejection' ? event.reason : (event.error ?? event.message));
};
scope.addEventListener('error', onUncaught);
scope.addEventListener('unhandledrejection', onUncaught);

function watchUncaughtErrors(onError: (error: unknown) => void): () => void {
  reportUncaught = onError;
  return () => {
    reportUncaught = undefined;
  };
}

/** Each bundle is an IIFE assigning `__bundle` (see `scripts/build-sandbox.mjs`); evaluated in a function, it stays off the global scope. */
const evaluateBundle = (code: string): unknown => (0, eval)(`(() => {${code}\nreturn __bundle;})()`);

let receiveLibraries: ((message: LibrariesMessage) => void) | undefined;

function bundleLoader(runId: string): LoadBundles {
  return (names: LibraryBundle[]) =>
    new Promise<Partial<LibraryBundleExports>>((resolve, reject) => {
      receiveLibraries = (message) => {
        receiveLibraries = undefined;
        const missing = 'error' in message ? undefined : names.find((name) => typeof message.code[name] !== 'string');
        if ('error' in message || missing) {
          reject(new ImportError('error' in message ? message.error : `The page did not send the ${missing} library.`));
          return;
        }
        const loaded: Partial<Record<LibraryBundle, unknown>> = {};
        for (const name of names) loaded[name] = evaluateBundle(message.code[name]!);
        resolve(loaded as Partial<LibraryBundleExports>);
      };
      post({ kind: 'need-libraries', runId, bundles: names });
    });
}

let started = false;

async function execute({ runId, request }: RunMessage): Promise<void> {
  const began = performance.now();
  try {
    const outcome = await runTests(request, { loadBundles: bundleLoader(runId), watchUncaughtErrors }, (event) => post({ kind: 'event', runId, event }));
    post({ kind: 'outcome', runId, outcome });
  } catch (error) {
    const message = `The runner itself failed: ${error instanceof Error ? error.message : String(error)}`;
    post({ kind: 'outcome', runId, outcome: { status: 'error', reason: 'crash', message, durationMs: Math.round(performance.now() - began) } });
  }
}

// Ready only once warm (see practice-run.ts); a failure there is the runner's, and shows in real runs too.
const practise = () => runTests(PRACTICE_RUN, { loadBundles: async () => ({}) }, () => {}).catch(() => undefined);
void practise().then(() => post({ kind: 'ready' }));

scope.addEventListener('message', (event) => {
  // Only what the frame sends: learner code could dispatch look-alike events to this scope.
  if (!event.isTrusted) return;
  const { data } = event;
  if (data?.kind === 'run' && !started) {
    started = true;
    void execute(data);
  } else if (data?.kind === 'libraries' && data.runId !== undefined) receiveLibraries?.(data);
});
