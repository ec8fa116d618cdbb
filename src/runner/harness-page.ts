/**
 * The script of `/runner/harness.html`: a bare page that drives `createRunner` for the e2e spec
 * and the benchmark (`window.runnerHarness.run(request)`), with a button to prove the page
 * stays responsive while learner code loops.
 */
import { createRunner } from './index';
import type { RunEvent, RunOutcome, RunRequest } from './protocol';

export interface HarnessResult {
  events: RunEvent[];
  outcome: RunOutcome;
  /** From `run()` to the last test result (or to the outcome, if no test reported). */
  msToLastResult: number;
  msToOutcome: number;
}

const runner = createRunner({ sandboxUrl: new URL('sandbox.html', location.href).href });

async function run(request: RunRequest): Promise<HarnessResult> {
  const started = performance.now();
  const events: RunEvent[] = [];
  let lastResult: number | undefined;
  const outcome = await runner.run(request, (event) => {
    events.push(event);
    if (event.type === 'test') lastResult = performance.now();
  });
  const ended = performance.now();
  return { events, outcome, msToLastResult: (lastResult ?? ended) - started, msToOutcome: ended - started };
}

(window as unknown as { runnerHarness: unknown }).runnerHarness = { run };

const pings = document.getElementById('pings');
document.getElementById('ping')?.addEventListener('click', () => {
  if (pings) pings.textContent = String(Number(pings.textContent) + 1);
});
