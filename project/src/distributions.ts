/**
 * The distribution functions the analysis needs, from stdlib (a well-tested numerical library):
 * the normal CDF and quantile for z-tests and sample sizes, and the chi-square upper tail for
 * the sample-ratio check. Special functions are not something to hand-roll.
 */
import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdfOf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return normalCdfOf(z, 0, 1);
}

/** The z with P(Z ≤ z) = p, for a standard normal Z: `normalQuantile(0.975)` ≈ 1.96. */
export function normalQuantile(p: number): number {
  return normalQuantileOf(p, 0, 1);
}

/** P(X ≥ x) for X chi-square distributed with `degreesOfFreedom`: the p-value of a chi-square test. */
export function chiSquareUpperTail(x: number, degreesOfFreedom: number): number {
  return 1 - chiSquareCdf(x, degreesOfFreedom);
}
