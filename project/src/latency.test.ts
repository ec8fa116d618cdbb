import { describe, expect, it } from 'vitest';
import { measureLatency, percentile } from './latency';

describe('percentile (nearest rank)', () => {
  const tenValues = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('is the smallest value with at least p of the values at or below it', () => {
    expect(percentile(tenValues, 0.5)).toBe(5);
    expect(percentile(tenValues, 0.99)).toBe(10);
    expect(percentile(tenValues, 0)).toBe(1);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('measureLatency', () => {
  it('warms up once, then times every item with the clock it is given', () => {
    let now = 0;
    const calls: number[] = [];
    const summary = measureLatency([3, 1, 2], (ms) => { calls.push(ms); now += ms; }, () => now);
    expect(calls).toEqual([3, 1, 2, 3, 1, 2]);
    expect(summary).toEqual({ p50Ms: 2, p99Ms: 3, maxMs: 3, samples: 3 });
  });
});
