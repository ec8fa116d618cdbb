/**
 * Sample-ratio mismatch: an experiment meant to split users 50/50 that ends with 50.8/49.2 on
 * 40,000 users is broken (a redirect that loses some users, a bot filter on one arm, a logging
 * bug), and its results cannot be trusted whatever they say. A chi-square goodness-of-fit test
 * says how surprising the observed split is under the intended one.
 */
import { chiSquareUpperTail } from '@project/distributions';

export interface SampleRatioResult {
  chiSquare: number;
  degreesOfFreedom: number;
  /** Small: the split is unlikely to be chance; the usual alarm is p < 0.001. */
  pValue: number;
}

/** Users observed per arm against the shares the design intended (e.g. `[0.5, 0.5]`). */
export function sampleRatioTest(observed: readonly number[], intendedShares: readonly number[]): SampleRatioResult {
  // TODO: a RangeError unless there is one share per arm and at least two arms. Expected users
  // per arm from the total and the shares (which may not add up to 1: [1, 1] means 50/50);
  // the chi-square statistic, its degrees of freedom, and its upper-tail p-value.
  return { chiSquare: 0, degreesOfFreedom: observed.length, pValue: 1 };
}
