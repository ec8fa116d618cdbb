/**
 * The runner as the exercise UI uses it (browser only): `createRunner()` returns a `Runner`
 * (see `protocol.ts`) that runs exercise tests in a sandboxed iframe + Web Worker.
 */
import type { Runner } from './protocol';
import { SandboxHost, type SandboxOptions } from './sandbox-host';

export type { RunEvent, RunOutcome, RunRequest, Runner, TestFailure } from './protocol';

export type RunnerOptions = Partial<SandboxOptions>;

const RUNNER_DEFAULTS: SandboxOptions = { sandboxUrl: '/runner/sandbox.html', loadTimeoutMs: 30_000, defaultTimeoutMs: 10_000 };

/** A runner whose sandbox starts loading now, so the first run is quick. Share one per page. */
export function createRunner(options: RunnerOptions = {}): Runner {
  const host = new SandboxHost({ ...RUNNER_DEFAULTS, ...options });
  host.warmUp();
  return host;
}
