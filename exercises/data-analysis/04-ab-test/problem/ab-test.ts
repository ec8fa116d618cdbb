/**
 * A/B testing of a rate (the share of users who do something): how many users a test needs
 * before it starts, and, when it is over, whether the two arms differ and by how much.
 */
import { normalCdf, normalQuantile } from '@project/distributions';

export interface ArmResult {
  users: number;
  /** Users who did the thing the metric counts. */
  conversions: number;
}

export interface TwoProportionResult {
  controlRate: number;
  treatmentRate: number;
  /** treatment − control. */
  difference: number;
  z: number;
  /** Two-sided: a change in either direction counts. */
  pValue: number;
  /** Confidence interval for the difference. */
  interval: { low: number; high: number };
}

export interface SampleSizeOptions {
  /** Chance of a false positive when there is no difference (two-sided). */
  alpha?: number;
  /** Chance of detecting the difference when it is real. */
  power?: number;
}

/**
 * Users needed in each arm to detect a change from `baseline` to `target` with a two-sided test
 * at level `alpha` and the given `power`: the normal approximation for two proportions, rounded up.
 */
export function sampleSizePerArm(baseline: number, target: number, { alpha = 0.05, power = 0.8 }: SampleSizeOptions = {}): number {
  // TODO: the z of a two-sided alpha and the z of the power; the variance under "no difference"
  // (both arms at the average rate) and under the change; n per arm, rounded up.
  return Math.round(1 / (target - baseline) ** 2);
}

/**
 * Two-proportion z-test. The test statistic uses the pooled rate (under "no difference" both arms
 * share one rate); the interval uses each arm's own rate (it describes the difference as it is).
 */
export function twoProportionTest(control: ArmResult, treatment: ArmResult, confidence = 0.95): TwoProportionResult {
  // TODO: each arm's rate and the difference; z from the pooled standard error, a two-sided
  // p-value; the interval from the unpooled standard error.
  const difference = treatment.conversions / treatment.users - control.conversions / control.users;
  return { controlRate: 0, treatmentRate: 0, difference, z: 0, pValue: 1, interval: { low: difference, high: difference } };
}
