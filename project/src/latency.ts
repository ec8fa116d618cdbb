import type { LatencySummary } from './artefacts';

/**
 * Times `run` once per item, after one untimed warm-up pass so the JIT has done its work, and
 * summarises the times by percentiles: users feel the slow tail (p99), not the average.
 * `clock` is `performance.now` in the browser and in Node; tests pass their own.
 */
export function measureLatency<T>(items: readonly T[], run: (item: T) => unknown, clock: () => number = () => performance.now()): LatencySummary {
  for (const item of items) run(item);
  const times = items.map((item) => {
    const started = clock();
    run(item);
    return clock() - started;
  });
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: times[times.length - 1] ?? 0, samples: times.length };
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
