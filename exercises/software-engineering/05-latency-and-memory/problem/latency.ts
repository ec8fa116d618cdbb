import type { LatencySummary } from '@project/artefacts';

/**
 * Times `run` once per item, after one untimed warm-up pass so the JIT has done its work, and
 * summarises the times by percentiles: users feel the slow tail (p99), not the average.
 * `clock` is `performance.now` in the browser and in Node; tests pass their own.
 */
export function measureLatency<T>(items: readonly T[], run: (item: T) => unknown, clock: () => number = () => performance.now()): LatencySummary {
  // Your code: run every item once, untimed (the warm-up). Then run each again between two
  // readings of `clock`, keep the differences, sort them, and return p50, p99, the largest
  // time and how many there were.
  return { p50Ms: 0, p99Ms: 0, maxMs: 0, samples: 0 };
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  // Your code: with n values, that is the one at rank ⌈p × n⌉ (ranks count from 1; p = 0
  // means the first); 0 for an empty list.
  return sorted[0] ?? 0;
}
