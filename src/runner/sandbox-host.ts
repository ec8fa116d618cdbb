/**
 * The page's side of the sandbox: owns a hidden `<iframe sandbox="allow-scripts">` on the
 * sandbox page, sends it runs, believes only well-formed messages from that very frame, fetches
 * the library bundles a run asks for (the sandbox may make no request), and enforces the time
 * budget by discarding the frame (and its workers) when a run overstays. A discarded sandbox is
 * replaced at once, so the next run does not wait for one.
 */
import type { LibraryBundle } from './library-bundles';
import type { RunEvent, RunOutcome, RunRequest, Runner } from './protocol';
import { parseSandboxMessage, type LibrariesMessage, type ParsedSandboxMessage, type RunMessage, type SandboxMessage } from './sandbox-messages';

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
  /** Called with every message from this frame, parsed. */
  listeners: Set<(parsed: ParsedSandboxMessage) => void>;
  stop(): void;
}

/**
 * Text the sandbox needs from the site (its page, library bundles), fetched once per page load;
 * a failed fetch is forgotten, so a later run tries again. `no-cache` revalidates, so nothing
 * comes from an older deployment than the page.
 */
const fetched = new Map<string, Promise<string>>();

function fetchText(url: string): Promise<string> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url, { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending;
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
    const listeners = new Set<(parsed: ParsedSandboxMessage) => void>();
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || event.source === null) return;
      const parsed = parseSandboxMessage(event.data);
      for (const listener of listeners) listener(parsed);
    };
    window.addEventListener('message', onMessage);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`it did not start within ${this.options.loadTimeoutMs / 1000} s`)), this.options.loadTimeoutMs);
      const listener = (parsed: ParsedSandboxMessage) => {
        const message = parsed.ok ? parsed.message : undefined;
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
      fetchText(this.options.sandboxUrl).then(
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

  /** Fetches the bundles a run asked for and hands them to the sandbox (or says why it cannot). */
  private async sendLibraries(sandbox: Sandbox, runId: string, bundles: LibraryBundle[]): Promise<void> {
    let reply: LibrariesMessage;
    try {
      const code = await Promise.all(bundles.map((name) => fetchText(new URL(`libraries/${name}.js`, new URL(this.options.sandboxUrl, location.href)).href)));
      reply = { kind: 'libraries', runId, code: Object.fromEntries(bundles.map((name, i) => [name, code[i]])) };
    } catch (error) {
      reply = { kind: 'libraries', runId, error: `The library your code imports could not be loaded (${(error as Error).message}). Check your connection to the site and run the tests again.` };
    }
    sandbox.iframe.contentWindow?.postMessage(reply, '*');
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
      let done = false;
      const finish = (outcome: RunOutcome, discard: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sandbox.listeners.delete(listener);
        this.abortCurrent = undefined;
        if (discard) {
          this.discard();
          this.warmUp();
        }
        resolve(outcome);
      };
      const startTimer = () =>
        setTimeout(() => {
          const seconds = Math.round(timeoutMs / 100) / 10;
          finish({ status: 'error', reason: 'timeout', message: `Your code ran for more than ${seconds} s — is there an infinite loop?`, durationMs: elapsed() }, true);
        }, timeoutMs);
      let timer = startTimer();
      const listener = (parsed: ParsedSandboxMessage) => {
        if (!parsed.ok) {
          // Learner code can post to the frame too; anything malformed ends the run rather than reach the page.
          const message = `The test sandbox sent something the page cannot show (${parsed.reason}), so the run was stopped. Only plain data can be shown: strings, numbers, booleans, null, arrays and objects.`;
          finish({ status: 'error', reason: 'crash', message, durationMs: elapsed() }, true);
          return;
        }
        const message: SandboxMessage = parsed.message;
        if (message.kind === 'fatal') {
          finish({ status: 'error', reason: 'crash', message: 'The test sandbox stopped unexpectedly. Run the tests again.', durationMs: elapsed() }, true);
          return;
        }
        if (message.kind === 'ready' || message.runId !== runId) return;
        messages += 1;
        if (messages > MAX_MESSAGES_PER_RUN) {
          const outcome: RunOutcome = { status: 'error', reason: 'output-limit', message: 'Your code produced more output than the page can show.', durationMs: elapsed() };
          finish(outcome, true);
        } else if (message.kind === 'need-libraries') {
          // The budget is for the learner's code: fetching the libraries gets one of its own, and
          // the code's starts once they are in.
          clearTimeout(timer);
          timer = startTimer();
          void this.sendLibraries(sandbox, runId, message.bundles).then(() => {
            if (done) return;
            clearTimeout(timer);
            timer = startTimer();
          });
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
