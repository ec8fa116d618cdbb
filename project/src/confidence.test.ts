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

  it('matches the 95% interval worked out by hand for 12 of 2,401', () => {
    // p = 0.004998; centre and half-width by the Wilson formula with z = 1.959964.
    const { low, high } = wilsonInterval(12, 2401);
    expect(low).toBeCloseTo(0.0028614, 6);
    expect(high).toBeCloseTo(0.0087159, 6);
  });

  it('is not a single point at 0 or at every trial, and stays inside [0, 1]', () => {
    expect(wilsonInterval(0, 27).low).toBe(0);
    expect(wilsonInterval(0, 27).high).toBeCloseTo(3.841459 / (27 + 3.841459), 6);
    expect(wilsonInterval(27, 27).high).toBe(1);
    expect(wilsonInterval(27, 27).low).toBeCloseTo(27 / (27 + 3.841459), 6);
  });

  it('knows nothing without trials, and narrows as trials grow', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    const width = (n: number) => {
      const { low, high } = wilsonInterval(n / 100, n);
      return high - low;
    };
    expect(width(10_000)).toBeLessThan(width(1_000));
  });

  it('is the rate itself when z is 0', () => {
    expect(wilsonInterval(3, 40, 0)).toEqual({ low: 3 / 40, high: 3 / 40 });
  });
});
