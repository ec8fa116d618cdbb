import { describe, expect, it } from 'vitest';
import { sampleRatioTest } from './sample-ratio';

describe('sampleRatioTest', () => {
  it('finds nothing in a split that matches the design', () => {
    expect(sampleRatioTest([5000, 5000], [0.5, 0.5])).toEqual({ chiSquare: 0, degreesOfFreedom: 1, pValue: 1 });
  });

  it('flags a 50/50 design that came out 10,000 / 10,400', () => {
    const result = sampleRatioTest([10_000, 10_400], [0.5, 0.5]);
    expect(result.chiSquare).toBeCloseTo(7.843, 3);
    expect(result.pValue).toBeCloseTo(0.0051, 4);
  });

  it('uses the intended shares, for any number of arms', () => {
    expect(sampleRatioTest([9000, 1000], [0.9, 0.1]).pValue).toBe(1);
    expect(sampleRatioTest([100, 100, 130], [1, 1, 1]).degreesOfFreedom).toBe(2);
  });

  it('refuses shares that do not match the arms', () => {
    expect(() => sampleRatioTest([1, 2], [1])).toThrow(RangeError);
  });
});
