/**
 * Sample-ratio mismatch: an experiment meant to split users 50/50 that ends with 50.8/49.2 on
 * 40,000 users is broken (a redirect that loses some users, a bot filter on one arm, a logging
 * bug), and its results cannot be trusted whatever they say. A chi-square goodness-of-fit test
 * says how surprising the observed split is under the intended one.
 */
import { chiSquareUpperTail } from './distributions';

export interface SampleRatioResult {
  chiSquare: number;
  degreesOfFreedom: number;
  /** Small: the split is unlikely to be chance; the usual alarm is p < 0.001. */
  pValue: number;
}

/** Users observed per arm against the shares the design intended (e.g. `[0.5, 0.5]`). */
export function sampleRatioTest(observed: readonly number[], intendedShares: readonly number[]): SampleRatioResult {
  if (observed.length !== intendedShares.length || observed.length < 2) {
    throw new RangeError('sampleRatioTest: give one intended share per arm, and at least two arms');
  }
  const users = observed.reduce((sum, count) => sum + count, 0);
  const shareTotal = intendedShares.reduce((sum, share) => sum + share, 0);
  let chiSquare = 0;
  observed.forEach((count, arm) => {
    const expected = (users * intendedShares[arm]) / shareTotal;
    chiSquare += (count - expected) ** 2 / expected;
  });
  const degreesOfFreedom = observed.length - 1;
  return { chiSquare, degreesOfFreedom, pValue: chiSquareUpperTail(chiSquare, degreesOfFreedom) };
}
