import v8 from 'node:v8';
import vm from 'node:vm';
import type { LatencySummary, StageTiming } from '../src/artefacts';

/** Times `run` once per item, after one untimed warm-up pass so the JIT has done its work. */
export function measureLatency<T>(items: readonly T[], run: (item: T) => unknown): LatencySummary {
  return summarizeLatency(timeEach(items, run));
}

/** Milliseconds `run` took for each item, in order, after one untimed warm-up pass. */
export function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  for (const item of items) run(item);
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

export function summarizeLatency(times: readonly number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted[sorted.length - 1] ?? 0, samples: sorted.length };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

let collectGarbage: (() => void) | undefined;

/** Bytes of heap (and typed-array memory) that `load`'s result keeps alive, measured around forced GCs. */
export function retainedBytes(load: () => unknown): number {
  if (!collectGarbage) {
    v8.setFlagsFromString('--expose-gc');
    collectGarbage = vm.runInNewContext('gc') as () => void;
  }
  const used = () => {
    collectGarbage!();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const before = used();
  const kept = load();
  const after = used();
  return kept === undefined ? 0 : Math.max(0, after - before);
}

/** Told as each stage starts and ends, e.g. to show progress (see `stage-progress.ts`). */
export interface StageListener {
  started(stage: string): void;
  ended(timing: StageTiming): void;
  failed(stage: string): void;
}

/** Runs pipeline stages one by one, recording wall time and peak memory after each. */
export class StageTimer {
  readonly timings: StageTiming[] = [];

  constructor(private readonly listener?: StageListener) {}

  async run<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    this.listener?.started(stage);
    const started = performance.now();
    let result: T;
    try {
      result = await work();
    } catch (error) {
      this.listener?.failed(stage);
      throw error;
    }
    const timing = {
      stage,
      ms: Math.round(performance.now() - started),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    this.timings.push(timing);
    this.listener?.ended(timing);
    return result;
  }
}
