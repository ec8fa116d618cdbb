/**
 * The script of the sandbox page (`/runner/sandbox.html`), which the site loads in an iframe
 * with `sandbox="allow-scripts"` (an opaque origin: no storage, no cookies of the site) under a
 * CSP that allows no request at all. It gives every run a fresh worker, started from the runtime
 * embedded in the page, and terminates that worker as soon as the run's outcome is in, so no
 * global, timer or patched built-in outlives its run. A spare worker is started as each run
 * begins, so the next run does not wait for one. It relays messages between the page and the
 * worker of the current run.
 */
import type { PageMessage, SandboxMessage } from './sandbox-messages';

const runtime = document.getElementById('runtime')?.textContent ?? '';
// A blob URL: an opaque-origin document may not start a worker from the site's URLs.
const runtimeUrl = URL.createObjectURL(new Blob([runtime], { type: 'text/javascript' }));

interface Sandboxed {
  worker: Worker;
  /** Settles when the worker has loaded the runtime (rejects if it cannot). */
  ready: Promise<void>;
}

const toPage = (message: SandboxMessage | unknown) => window.parent.postMessage(message, '*');

let current: (Sandboxed & { runId: string }) | undefined;

function startWorker(): Sandboxed {
  const worker = new Worker(runtimeUrl);
  let loaded = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', ({ data }) => {
      if (!loaded && (data as SandboxMessage)?.kind === 'ready') {
        loaded = true;
        resolve();
        return;
      }
      if (current?.worker !== worker) return;
      toPage(data);
      const message = data as SandboxMessage;
      if (message?.kind === 'outcome' && message.runId === current.runId) endRun();
    });
    worker.addEventListener('error', (event) => {
      const message = `The sandbox's worker failed: ${event.message || 'unknown error'}`;
      if (!loaded) reject(new Error(message));
      else if (current?.worker === worker) {
        toPage({ kind: 'fatal', message });
        endRun();
      }
    });
  });
  ready.catch(() => undefined); // reported when a run takes this worker, not before
  return { worker, ready };
}

function endRun(): void {
  current?.worker.terminate();
  current = undefined;
}

let spare = startWorker();
spare.ready.then(
  () => toPage({ kind: 'ready' }),
  (error: Error) => toPage({ kind: 'fatal', message: error.message }),
);

window.addEventListener('message', async (event) => {
  if (event.source !== window.parent) return;
  const message = event.data as PageMessage;
  if (message?.kind === 'libraries') {
    if (current?.runId === message.runId) current.worker.postMessage(message);
    return;
  }
  if (message?.kind !== 'run') return;
  endRun(); // the page runs one at a time; a new run ends any other
  const taken = spare;
  spare = startWorker();
  current = { ...taken, runId: message.runId };
  try {
    await taken.ready;
  } catch (error) {
    toPage({ kind: 'fatal', message: (error as Error).message });
    endRun();
    return;
  }
  if (current?.worker === taken.worker) taken.worker.postMessage(message);
});

export {}; // a module, so its names stay its own
