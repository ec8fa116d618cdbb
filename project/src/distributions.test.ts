import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, normalCdf, normalQuantile } from './distributions';

describe('distribution functions', () => {
  it('gives the standard normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 12);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });

  it('inverts it with the quantile', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalCdf(normalQuantile(0.01))).toBeCloseTo(0.01, 12);
  });

  it('gives chi-square upper tails (p-values)', () => {
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(5.991465, 2)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(0, 1)).toBe(1);
  });
});
