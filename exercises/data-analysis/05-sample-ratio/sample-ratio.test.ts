import { describe, expect, it } from 'vitest';
import { sampleRatioTest } from './sample-ratio';

describe('sampleRatioTest', () => {
  it('finds nothing when the split is exactly as designed', () => {
    expect(sampleRatioTest([5000, 5000], [0.5, 0.5]), '5000 / 5000 on a 50/50 design').toEqual({ chiSquare: 0, degreesOfFreedom: 1, pValue: 1 });
  });

  it('flags 10,000 / 10,400 on a 50/50 design', () => {
    const result = sampleRatioTest([10_000, 10_400], [0.5, 0.5]);
    expect(result.chiSquare, 'Σ (observed − expected)² / expected, expected 10,200 each').toBeCloseTo(7.8431, 4);
    expect(result.degreesOfFreedom, 'two arms: one degree of freedom').toBe(1);
    expect(result.pValue, 'upper tail of chi-square with 1 degree of freedom').toBeCloseTo(0.0051, 4);
  });

  it('compares with the split the design intended, not with an even one', () => {
    expect(sampleRatioTest([9000, 1000], [0.9, 0.1]).pValue, '9000 / 1000 on a 90/10 design is perfect').toBe(1);
    const skewed = sampleRatioTest([9150, 850], [0.9, 0.1]);
    expect(skewed.chiSquare, '9150 / 850 on a 90/10 design').toBeCloseTo(25, 6);
    expect(skewed.pValue, '9150 / 850 on a 90/10 design').toBeLessThan(1e-6);
  });

  it('accepts shares that do not add up to 1', () => {
    expect(sampleRatioTest([50_400, 49_600], [1, 1]).pValue, '[1, 1] means 50/50').toBeCloseTo(0.0114, 4);
  });

  it('works for more than two arms', () => {
    const result = sampleRatioTest([5000, 5000, 5300], [1, 1, 1]);
    expect(result.degreesOfFreedom, 'three arms: two degrees of freedom').toBe(2);
    expect(result.chiSquare, '5000 / 5000 / 5300 on thirds').toBeCloseTo(11.7647, 4);
    expect(result.pValue, 'upper tail with 2 degrees of freedom').toBeCloseTo(0.00279, 5);
  });

  it('refuses shares that do not match the arms', () => {
    expect(() => sampleRatioTest([10, 20], [1]), 'two arms, one share').toThrow(RangeError);
    expect(() => sampleRatioTest([10], [1]), 'one arm: nothing to compare').toThrow(RangeError);
    expect(() => sampleRatioTest([10, 20], [1]), 'a message that names the problem: the shares and the arms').toThrow(/share|arm/i);
  });
});
