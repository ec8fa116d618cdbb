/**
 * A/B testing of a rate (the share of users who do something): how many users a test needs
 * before it starts, and, when it is over, whether the two arms differ and by how much.
 */
import { normalCdf, normalQuantile } from './distributions';

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
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zPower = normalQuantile(power);
  const average = (baseline + target) / 2;
  const underNull = zAlpha * Math.sqrt(2 * average * (1 - average));
  const underAlternative = zPower * Math.sqrt(baseline * (1 - baseline) + target * (1 - target));
  return Math.ceil((underNull + underAlternative) ** 2 / (target - baseline) ** 2);
}

/**
 * Two-proportion z-test. The test statistic uses the pooled rate (under "no difference" both arms
 * share one rate); the interval uses each arm's own rate (it describes the difference as it is).
 */
export function twoProportionTest(control: ArmResult, treatment: ArmResult, confidence = 0.95): TwoProportionResult {
  const controlRate = control.conversions / control.users;
  const treatmentRate = treatment.conversions / treatment.users;
  const difference = treatmentRate - controlRate;
  const pooled = (control.conversions + treatment.conversions) / (control.users + treatment.users);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / control.users + 1 / treatment.users));
  const z = pooledError === 0 ? 0 : difference / pooledError;
  const pValue = 2 * (1 - normalCdf(Math.abs(z)));
  const error = Math.sqrt((controlRate * (1 - controlRate)) / control.users + (treatmentRate * (1 - treatmentRate)) / treatment.users);
  const margin = normalQuantile(1 - (1 - confidence) / 2) * error;
  return { controlRate, treatmentRate, difference, z, pValue, interval: { low: difference - margin, high: difference + margin } };
}
