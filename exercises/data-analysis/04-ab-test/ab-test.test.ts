import { describe, expect, it } from 'vitest';
import { sampleSizePerArm, twoProportionTest } from './ab-test';

describe('sampleSizePerArm', () => {
  it('gives the textbook answer for 10% → 12% at alpha 0.05, power 0.8', () => {
    // (1.96·√(2·0.11·0.89) + 0.8416·√(0.1·0.9 + 0.12·0.88))² / 0.02² = 3840.8…, rounded up.
    expect(sampleSizePerArm(0.1, 0.12), 'users per arm, 10% → 12%').toBe(3841);
  });

  it('is two-sided: alpha is split between the two tails', () => {
    // alpha 0.1, two-sided, is z = 1.645; a one-sided alpha of 0.1 would be z = 1.28 and give 2206.
    expect(sampleSizePerArm(0.1, 0.12, { alpha: 0.1 }), 'alpha 0.1, two-sided').toBe(3026);
  });

  it('uses the power it is given', () => {
    expect(sampleSizePerArm(0.1, 0.12, { power: 0.9 }), 'power 0.9').toBe(5142);
  });

  it('does not care which way the change goes', () => {
    expect(sampleSizePerArm(0.02, 0.016), '2% → 1.6%').toBe(17_341);
    expect(sampleSizePerArm(0.016, 0.02), '1.6% → 2%').toBe(17_341);
  });

  it('always rounds up to whole users', () => {
    const n = sampleSizePerArm(0.3, 0.35);
    expect(Number.isInteger(n), `30% → 35% gave ${n}`).toBe(true);
    expect(n, '30% → 35%').toBe(1377);
  });
});

describe('twoProportionTest', () => {
  it('gives each arm’s rate and the difference, treatment minus control', () => {
    const result = twoProportionTest({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 });
    expect(result.controlRate, 'control: 100 of 1000').toBe(0.1);
    expect(result.treatmentRate, 'treatment: 130 of 1000').toBe(0.13);
    expect(result.difference, '13% − 10%').toBeCloseTo(0.03, 12);
  });

  it('is two-sided: a change either way counts', () => {
    const up = twoProportionTest({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 });
    expect(up.z, 'z for 10% → 13% on 1000 users each').toBeCloseTo(2.1027, 3);
    expect(up.pValue, 'two-sided p for 10% → 13% (one-sided would be 0.0177)').toBeCloseTo(0.0355, 4);
    const down = twoProportionTest({ users: 1000, conversions: 130 }, { users: 1000, conversions: 100 });
    expect(down.z, 'the same change, the other way').toBeCloseTo(-2.1027, 3);
    expect(down.pValue, 'the same p-value either way').toBeCloseTo(up.pValue, 10);
  });

  it('tests with the pooled rate and gives the interval with each arm’s own rate (arms of unequal size)', () => {
    // Pooled: 1130 of 11000 under "no difference". Unpooled: 10% of 10000 and 13% of 1000.
    const result = twoProportionTest({ users: 10_000, conversions: 1000 }, { users: 1000, conversions: 130 });
    expect(result.z, 'z with the pooled standard error (unpooled would give 2.715)').toBeCloseTo(2.9793, 3);
    expect(result.pValue, 'p-value from the pooled z').toBeCloseTo(0.00289, 4);
    expect(result.interval.low, 'interval from the unpooled standard error: lower end (pooled would give 0.0103)').toBeCloseTo(0.00834, 4);
    expect(result.interval.high, 'upper end (pooled would give 0.0497)').toBeCloseTo(0.05166, 4);
  });

  it('uses the confidence level it is given', () => {
    const ninety = twoProportionTest({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 }, 0.9);
    expect(ninety.interval.low, '90% interval: lower end').toBeCloseTo(0.00656, 4);
    expect(ninety.interval.high, '90% interval: upper end').toBeCloseTo(0.05344, 4);
  });

  it('finds nothing when nobody converted (no division by zero)', () => {
    const result = twoProportionTest({ users: 500, conversions: 0 }, { users: 500, conversions: 0 });
    expect(result.z, 'no conversions in either arm').toBe(0);
    expect(result.pValue, 'no conversions in either arm').toBe(1);
  });
});
