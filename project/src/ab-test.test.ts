import { describe, expect, it } from 'vitest';
import { sampleSizePerArm, twoProportionTest } from './ab-test';

describe('sampleSizePerArm', () => {
  it('matches the textbook formula for 10% → 12%', () => {
    // (1.96·√(2·0.11·0.89) + 0.8416·√(0.1·0.9 + 0.12·0.88))² / 0.02² = 3840.1…, rounded up.
    expect(sampleSizePerArm(0.1, 0.12)).toBe(3841);
  });

  it('needs more users for smaller effects, stricter alphas and more power', () => {
    const base = sampleSizePerArm(0.02, 0.016);
    expect(sampleSizePerArm(0.02, 0.018)).toBeGreaterThan(base);
    expect(sampleSizePerArm(0.02, 0.016, { alpha: 0.01 })).toBeGreaterThan(base);
    expect(sampleSizePerArm(0.02, 0.016, { power: 0.9 })).toBeGreaterThan(base);
  });
});

describe('twoProportionTest', () => {
  it('tests with the pooled rate and gives an unpooled interval', () => {
    const result = twoProportionTest({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 });
    expect(result.difference).toBeCloseTo(0.03, 12);
    const pooled = 0.115;
    expect(result.z).toBeCloseTo(0.03 / Math.sqrt(pooled * (1 - pooled) * (2 / 1000)), 10);
    expect(result.pValue).toBeCloseTo(0.0357, 3);
    const error = Math.sqrt((0.1 * 0.9) / 1000 + (0.13 * 0.87) / 1000);
    expect(result.interval.low).toBeCloseTo(0.03 - 1.959964 * error, 6);
    expect(result.interval.high).toBeCloseTo(0.03 + 1.959964 * error, 6);
  });

  it('is two-sided and symmetric in direction', () => {
    const up = twoProportionTest({ users: 500, conversions: 50 }, { users: 500, conversions: 70 });
    const down = twoProportionTest({ users: 500, conversions: 70 }, { users: 500, conversions: 50 });
    expect(down.pValue).toBeCloseTo(up.pValue, 12);
    expect(down.z).toBeCloseTo(-up.z, 12);
  });

  it('says nothing differs when nobody converted', () => {
    expect(twoProportionTest({ users: 10, conversions: 0 }, { users: 10, conversions: 0 })).toMatchObject({ z: 0, pValue: 1 });
  });
});
