import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './confidence';

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // 8 of 10 and 0 of 10: standard worked examples of the Wilson score interval.
    const eight = wilsonInterval(8, 10);
    expect(eight.low).toBeCloseTo(0.4902, 4);
    expect(eight.high).toBeCloseTo(0.9433, 4);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
  });

  it('is symmetric: k of n mirrors n − k of n', () => {
    const a = wilsonInterval(3, 40);
    const b = wilsonInterval(37, 40);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  it('stays in [0, 1] and reaches 1 at n of n', () => {
    expect(wilsonInterval(10, 10).high).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 4);
  });

  it('says nothing is known without trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows with more trials and widens with a larger z', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(500, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    const wide = wilsonInterval(5, 10, 2.575829);
    expect(wide.high - wide.low).toBeGreaterThan(small.high - small.low);
  });
});
