/**
 * The page's side of the sandbox: owns a hidden `<iframe sandbox="allow-scripts">` on the
 * sandbox page, sends it runs, believes only well-formed messages from that very frame, and
 * enforces the time budget by discarding the frame (and its worker) when a run overstays.
 * A discarded sandbox is replaced on the next run.
 */
import type { RunEvent, RunOutcome, RunRequest, Runner } from './protocol';
import { parseSandboxMessage, type RunMessage, type SandboxMessage } from './sandbox-messages';

export interface SandboxOptions {
  /** URL of the sandbox page; on a site under a base URL, `useBaseUrl('/runner/sandbox.html')`. */
  sandboxUrl: string;
  /** How long the sandbox may take to start before a run gives up. */
  loadTimeoutMs: number;
  /** The run budget when a request does not say. */
  defaultTimeoutMs: number;
}

/** More messages than any honest run sends (tests + 200 console lines + 20 displays). */
const MAX_MESSAGES_PER_RUN = 5_000;

interface Sandbox {
  iframe: HTMLIFrameElement;
  ready: Promise<void>;
  /** Called with every message from this frame: `undefined` when it is not a well-formed one. */
  listeners: Set<(message: SandboxMessage | undefined) => void>;
  stop(): void;
}

const sandboxPages = new Map<string, Promise<string>>();

/** The sandbox page's HTML, fetched once per page load (a failed fetch is tried again next time). */
function sandboxPage(url: string): Promise<string> {
  let page = sandboxPages.get(url);
  if (!page) {
    page = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    page.catch(() => sandboxPages.delete(url));
    sandboxPages.set(url, page);
  }
  return page;
}

export class SandboxHost implements Runner {
  private sandbox: Sandbox | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private abortCurrent: ((outcome: RunOutcome) => void) | undefined;

  constructor(private readonly options: SandboxOptions) {}

  /** Starts the sandbox now, so the first run does not wait for it. */
  warmUp(): void {
    this.ensureSandbox().ready.catch(() => this.discard());
  }

  run(request: RunRequest, onEvent: (event: RunEvent) => void): Promise<RunOutcome> {
    const result = this.queue.then(() => this.execute(request, onEvent));
    this.queue = result.catch(() => undefined);
    return result;
  }

  dispose(): void {
    this.abortCurrent?.({ status: 'error', reason: 'crash', message: 'The runner was closed before the run ended.', durationMs: 0 });
    this.discard();
  }

  private ensureSandbox(): Sandbox {
    if (this.sandbox) return this.sandbox;
    const iframe = document.createElement('iframe');
    // allow-scripts only: without allow-same-origin the frame has an opaque origin.
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'Exercise sandbox';
    iframe.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
    const listeners = new Set<(message: SandboxMessage | undefined) => void>();
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || event.source === null) return;
      const message = parseSandboxMessage(event.data);
      for (const listener of listeners) listener(message);
    };
    window.addEventListener('message', onMessage);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`it did not start within ${this.options.loadTimeoutMs / 1000} s`)), this.options.loadTimeoutMs);
      const listener = (message: SandboxMessage | undefined) => {
        if (message?.kind !== 'ready' && message?.kind !== 'fatal') return;
        clearTimeout(timer);
        listeners.delete(listener);
        if (message.kind === 'ready') resolve();
        else reject(new Error(message.message));
      };
      listeners.add(listener);
      // The page load of a sandboxed (opaque-origin) frame bypasses the site's service worker, so
      // the sandbox page is fetched here, from the offline copy when there is no network, and
      // handed to the frame as its document.
      sandboxPage(this.options.sandboxUrl).then(
        (html) => (iframe.srcdoc = html),
        (error: Error) => {
          clearTimeout(timer);
          reject(new Error(`its page could not be loaded (${error.message})`));
        },
      );
    });
    document.body.append(iframe);
    const sandbox: Sandbox = {
      iframe,
      ready,
      listeners,
      stop() {
        window.removeEventListener('message', onMessage);
        iframe.remove();
      },
    };
    this.sandbox = sandbox;
    return sandbox;
  }

  private discard(): void {
    this.sandbox?.stop();
    this.sandbox = undefined;
  }

  private async execute(request: RunRequest, onEvent: (event: RunEvent) => void): Promise<RunOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const sandbox = this.ensureSandbox();
    try {
      await sandbox.ready;
    } catch (error) {
      this.discard();
      return { status: 'error', reason: 'crash', message: `The test sandbox could not start: ${(error as Error).message}. Reload the page to try again.`, durationMs: elapsed() };
    }
    const runId = crypto.randomUUID();
    const timeoutMs = request.timeoutMs ?? this.options.defaultTimeoutMs;
    return new Promise<RunOutcome>((resolve) => {
      let messages = 0;
      const finish = (outcome: RunOutcome, discard: boolean) => {
        clearTimeout(timer);
        sandbox.listeners.delete(listener);
        this.abortCurrent = undefined;
        if (discard) this.discard();
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        finish({ status: 'error', reason: 'timeout', message: `Your code ran for more than ${seconds} s — is there an infinite loop?`, durationMs: elapsed() }, true);
      }, timeoutMs);
      const listener = (message: SandboxMessage | undefined) => {
        if (message === undefined) {
          // Learner code can post to the frame too; anything malformed ends the run rather than reach the page.
          finish({ status: 'error', reason: 'crash', message: 'The test sandbox sent something the page cannot read, so the run was stopped.', durationMs: elapsed() }, true);
          return;
        }
        if (message.kind === 'fatal') {
          finish({ status: 'error', reason: 'crash', message: 'The test sandbox stopped unexpectedly. Run the tests again.', durationMs: elapsed() }, true);
          return;
        }
        if (message.kind === 'ready' || message.runId !== runId) return;
        messages += 1;
        if (messages > MAX_MESSAGES_PER_RUN) {
          const outcome: RunOutcome = { status: 'error', reason: 'output-limit', message: 'Your code produced more output than the page can show.', durationMs: elapsed() };
          finish(outcome, true);
        } else if (message.kind === 'event') onEvent(message.event);
        else finish(message.outcome, false);
      };
      this.abortCurrent = (outcome) => finish(outcome, false);
      sandbox.listeners.add(listener);
      const run: RunMessage = { kind: 'run', runId, request };
      try {
        sandbox.iframe.contentWindow?.postMessage(run, '*');
      } catch (error) {
        // Only data structured clone can copy crosses (no functions in datasets, for one).
        finish({ status: 'error', reason: 'crash', message: `The run could not be sent to the sandbox: ${(error as Error).message}`, durationMs: elapsed() }, false);
      }
    });
  }
}
