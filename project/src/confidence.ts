/**
 * How sure a rate measured on few messages is. A false-positive rate of 0 out of 27 ham does
 * not mean the filter never loses mail; it means 27 ham were too few to see it happen.
 */

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/**
 * The Wilson score interval of a proportion `successes / trials` at `z` standard errors (1.96:
 * 95%). Unlike the textbook (Wald) p ± z·√(p(1−p)/n), it stays inside [0, 1] and does not
 * shrink to a single point when the count is 0 or `trials`. With no trials, nothing is known: [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const halfWidth = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
