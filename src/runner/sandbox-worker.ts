/**
 * The sandbox's Web Worker: receives runs from the sandbox page and executes them with the core.
 * Learner code runs here, off every main thread, so a loop that never ends blocks nothing but
 * this worker, which the page then throws away.
 */
import type { RunMessage, SandboxMessage } from './sandbox-messages';
import { runTests } from './run-tests';

/** Filled in at build time by `scripts/build-sandbox.mjs`: the project's browser-safe sources. */
declare const __PROJECT_SOURCES__: Record<string, string>;

interface WorkerScope {
  postMessage(message: SandboxMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunMessage>) => void): void;
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: ErrorEvent & PromiseRejectionEvent) => void): void;
}
const scope = self as unknown as WorkerScope;

// Errors nothing caught go to the run in progress; between runs (a stray timer of an earlier
// run) they are dropped. Either way they stay here: reaching the frame would mean a broken worker.
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

scope.addEventListener('message', async ({ data }) => {
  if (data?.kind !== 'run') return;
  const { runId, request } = data;
  const started = performance.now();
  try {
    const outcome = await runTests(request, { projectSources: __PROJECT_SOURCES__, watchUncaughtErrors }, (event) =>
      scope.postMessage({ kind: 'event', runId, event }),
    );
    scope.postMessage({ kind: 'outcome', runId, outcome });
  } catch (error) {
    const message = `The runner itself failed: ${error instanceof Error ? error.message : String(error)}`;
    scope.postMessage({ kind: 'outcome', runId, outcome: { status: 'error', reason: 'crash', message, durationMs: performance.now() - started } });
  }
});

scope.postMessage({ kind: 'ready' });
