import { createRunner, type Runner } from '@site/src/runner';

// One sandbox per page, as the runner asks: it starts warming up when the first exercise's
// editor loads and is torn down when the last one on the page goes away.
let shared: { runner: Runner; users: number } | null = null;

export function acquireRunner(sandboxUrl: string): Runner {
  shared ??= { runner: createRunner({ sandboxUrl }), users: 0 };
  shared.users++;
  return shared.runner;
}

export function releaseRunner(runner: Runner): void {
  if (!shared || shared.runner !== runner) return;
  if (--shared.users === 0) {
    shared.runner.dispose();
    shared = null;
  }
}
