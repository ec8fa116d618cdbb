/**
 * How sure a rate measured on few messages is. The textbook interval p ± z·√(p(1−p)/n) (Wald)
 * says "0 of 10, so between 0% and 0%", and can reach below 0 or above 1. The Wilson score
 * interval is the one to use for rates: it behaves at 0 and at n, and at small n.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/** Wilson score interval for `successes` out of `trials`, clamped to [0, 1]; no trials → [0, 1]. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): { low: number; high: number } {
  // TODO: no trials → nothing known: [0, 1]. Otherwise the Wilson score interval around
  // p = successes / trials, clamped to [0, 1].
  return { low: successes / trials, high: successes / trials };
}
