import v8 from 'node:v8';
import vm from 'node:vm';
import type { StageTiming } from '../src/artefacts';

let collectGarbage: (() => void) | undefined;

/** Heap and typed-array bytes in use after a full garbage collection. */
function settledBytes(): number {
  if (!collectGarbage) {
    v8.setFlagsFromString('--expose-gc');
    collectGarbage = vm.runInNewContext('gc') as () => void;
  }
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Bytes of heap (and typed-array memory) one result of `load` keeps alive. One heap delta around
 * one load is at the mercy of whatever else the process frees or allocates meanwhile (compiled
 * code flushed, buffers swept late) and has come out as 0. So `copies` results are loaded and
 * kept alive one after another, the heap is read after each, and the median of the increments is
 * the answer: one disturbance moves one increment, not the median.
 */
export function retainedBytes(load: () => unknown, copies = 9): number {
  const kept: unknown[] = [];
  const increments: number[] = [];
  let previous = settledBytes();
  for (let i = 0; i < copies; i++) {
    kept.push(load());
    const now = settledBytes();
    increments.push(now - previous);
    previous = now;
  }
  increments.sort((a, b) => a - b);
  const median = increments[Math.floor(increments.length / 2)];
  if (!(median > 0)) {
    throw new Error(`retainedBytes: ${kept.length} loads kept alive gave a median increment of ${median} bytes; the measurement is broken, not the model free.`);
  }
  return median;
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
