import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95 } from './confidence';

describe('wilsonInterval', () => {
  it('matches published values for 8 of 10', () => {
    const { low, high } = wilsonInterval(8, 10);
    expect(low, '8 of 10: lower end').toBeCloseTo(0.4902, 4);
    expect(high, '8 of 10: upper end').toBeCloseTo(0.9433, 4);
  });

  it('is not lopsided like p ± z·se: 0 of 10 still leaves room above 0', () => {
    const { low, high } = wilsonInterval(0, 10);
    expect(low, '0 of 10: lower end').toBe(0);
    expect(high, '0 of 10: upper end (the Wald interval says 0)').toBeCloseTo(0.2775, 4);
  });

  it('reaches 1 at n of n, and still admits a lower rate', () => {
    const { low, high } = wilsonInterval(3, 3);
    expect(high, '3 of 3: upper end').toBeCloseTo(1, 10);
    expect(low, '3 of 3: lower end').toBeCloseTo(0.4385, 4);
  });

  it('mirrors: k of n is 1 minus (n − k) of n', () => {
    const a = wilsonInterval(3, 40);
    const b = wilsonInterval(37, 40);
    expect(a.low, '3 of 40 against 37 of 40').toBeCloseTo(1 - b.high, 10);
    expect(a.high, '3 of 40 against 37 of 40').toBeCloseTo(1 - b.low, 10);
  });

  it('uses the z it is given', () => {
    const ninety = wilsonInterval(8, 10, 1.644854);
    expect(ninety.low, '8 of 10 at 90%: lower end').toBeCloseTo(0.5408, 4);
    expect(ninety.high, '8 of 10 at 90%: upper end').toBeCloseTo(0.9314, 4);
    expect(Z_95, 'the default z').toBeCloseTo(1.96, 2);
  });

  it('narrows as the count grows', () => {
    const widths = [10, 100, 1000].map((n) => {
      const { low, high } = wilsonInterval(n / 2, n);
      return high - low;
    });
    expect(widths[1], `width at n = 100 (${widths[1].toFixed(3)}) against n = 10 (${widths[0].toFixed(3)})`).toBeLessThan(widths[0]);
    expect(widths[2], `width at n = 1000 (${widths[2].toFixed(3)})`).toBeLessThan(widths[1]);
    expect(wilsonInterval(500, 1000).low, '500 of 1000: lower end').toBeCloseTo(0.4691, 4);
  });

  it('says nothing is known without trials', () => {
    expect(wilsonInterval(0, 0), '0 of 0').toEqual({ low: 0, high: 1 });
  });
});
