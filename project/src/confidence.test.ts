import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './confidence';

describe('wilsonInterval', () => {
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
