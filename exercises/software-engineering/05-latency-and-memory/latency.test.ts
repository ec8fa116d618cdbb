import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '@project/vocabulary';
import { modelFootprint } from './footprint';
import { measureLatency, percentile } from './latency';

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it('is the value at rank ⌈p × n⌉ of the sorted values', () => {
    expect(percentile(upTo(10), 0.5), 'p50 of 1…10').toBe(5);
    expect(percentile(upTo(10), 0.9), 'p90 of 1…10').toBe(9);
    expect(percentile(upTo(10), 0.99), 'p99 of 1…10: rank ⌈9.9⌉ = 10').toBe(10);
    expect(percentile(upTo(1000), 0.99), 'p99 of 1…1000').toBe(990);
    expect(percentile(upTo(1001), 0.99), 'p99 of 1…1001: rank ⌈990.99⌉ = 991').toBe(991);
    expect(percentile(upTo(160), 0.99), 'p99 of 1…160: rank ⌈158.4⌉ = 159, not the nearest whole number').toBe(159);
    expect(percentile(upTo(3), 0.5), 'p50 of 1, 2, 3').toBe(2);
    expect(percentile(upTo(4), 0.5), 'p50 of 1…4: rank 2, no averaging').toBe(2);
  });

  it('stays within the list at p = 0 and p = 1, and is 0 for no values', () => {
    expect(percentile([4, 7, 9], 0), 'p0: the smallest').toBe(4);
    expect(percentile([4, 7, 9], 1), 'p100: the largest').toBe(9);
    expect(percentile([7], 0.5), 'one value').toBe(7);
    expect(percentile([], 0.99), 'no values').toBe(0);
  });
});

describe('measureLatency', () => {
  /** A fake clock that `run` advances by the item's own "duration", so the times are exact. */
  function fakeTimer() {
    let now = 1000;
    return { clock: () => now, spend: (ms: number) => { now += ms; } };
  }

  it('warms up on every item untimed, then times each item once', () => {
    const { clock, spend } = fakeTimer();
    const calls: number[] = [];
    let readings = 0;
    const summary = measureLatency([5, 1, 3], (ms) => { calls.push(ms); spend(ms); }, () => { readings++; return clock(); });
    expect(calls, 'a warm-up pass over every item, then the timed pass').toEqual([5, 1, 3, 5, 1, 3]);
    expect(readings, 'two clock readings per timed item, none in the warm-up').toBe(6);
    expect(summary).toEqual({ p50Ms: 3, p99Ms: 5, maxMs: 5, samples: 3 });
  });

  it('summarises by percentiles of the sorted times, whatever the order of the items', () => {
    const { clock, spend } = fakeTimer();
    const durations = [...upTo(100).slice(50), ...upTo(50)]; // 1 … 100 ms, the slower half first
    const summary = measureLatency(durations, spend, clock);
    expect(summary).toEqual({ p50Ms: 50, p99Ms: 99, maxMs: 100, samples: 100 });
  });

  it('reports the slow tail: one slow item in a hundred moves p99, not p50', () => {
    const { clock, spend } = fakeTimer();
    const durations = [...Array(98).fill(1), 40, 50];
    const summary = measureLatency(durations, spend, clock);
    expect(summary.p50Ms, 'the typical item').toBe(1);
    expect(summary.p99Ms, 'the 99th of 100 sorted times').toBe(40);
    expect(summary.maxMs).toBe(50);
  });

  it('copes with nothing to measure', () => {
    expect(measureLatency([], () => {}, () => 0)).toEqual({ p50Ms: 0, p99Ms: 0, maxMs: 0, samples: 0 });
  });
});

describe('modelFootprint', () => {
  it('counts 8 bytes per weight, 2 per character of token text and 8 per index entry', () => {
    const model = { vocabulary: vocabularyOf(['free', 'été', 'subject:win']), bias: 0.3, weights: new Float64Array(3) };
    expect(modelFootprint(model)).toEqual({ weightsBytes: 24, tokensBytes: 2 * (4 + 3 + 11), indexBytes: 24, totalBytes: 24 + 36 + 24 });
  });

  it('counts what the model holds, not what its token list claims', () => {
    const vocabulary = vocabularyOf(['a', 'b', 'a']); // a repeated token: the index has 2 entries, not 3
    const model = { vocabulary, bias: 0, weights: new Float64Array(5) };
    expect(modelFootprint(model)).toEqual({ weightsBytes: 40, tokensBytes: 6, indexBytes: 16, totalBytes: 62 });
  });
});
