import { wilsonInterval } from '@project/confidence';
import { costPer10k, type ErrorCosts } from '@project/costs';
import { recallAtFpr, rocCurve, type Scored } from '@project/metrics';

export interface ThresholdChoice {
  threshold: number;
  /** What the threshold achieved on the scores it was chosen on. */
  recall: number;
  falsePositiveRate: number;
}

/**
 * The product's rule turned into a threshold: catch as much spam as possible while the share
 * of legitimate mail flagged stays within `maxFalsePositiveRate`. Call it on held-out scores of
 * the training period (the pipeline pools out-of-fold scores, see `cross-validate.ts`), never
 * on the test set: a threshold tuned there makes the test score a promise the model cannot keep.
 * The fewer held-out ham, the coarser the limit: with 500 ham, 0.5% is 2.5 messages.
 */
export function chooseThreshold(heldOut: readonly Scored[], maxFalsePositiveRate: number): ThresholdChoice {
  return recallAtFpr(heldOut, maxFalsePositiveRate);
}

export interface CostedThreshold extends ThresholdChoice {
  /** Held-out ham the threshold flags, out of `ham`: the counts behind the false-positive rate. */
  falsePositives: number;
  ham: number;
  /** What its mistakes cost per 10,000 held-out messages. */
  costPer10k: number;
}

/**
 * The threshold whose mistakes cost least on held-out scores, among those the false-positive
 * limit allows: the requirement is a hard limit, the costs choose within it. With `z` above 0
 * the limit must hold with confidence: a threshold is allowed only when the upper end of the
 * Wilson interval of its false-positive rate is within the limit, so a rate measured on few ham
 * cannot pass by luck. Flagging nothing (threshold ∞) is always allowed; on a tie in cost, the
 * stricter threshold wins.
 */
export function cheapestThreshold(heldOut: readonly Scored[], costs: ErrorCosts, maxFalsePositiveRate: number, z = 0): CostedThreshold {
  // Your code. Walk the ROC curve of `heldOut` (strictest threshold first). At each point,
  // recover the counts (a rate times its class size, rounded). The point at Infinity (flag
  // nothing) is always allowed; any other only while the upper end of the Wilson interval of
  // falsePositives / ham at `z` is within the limit, and once one is not, no later one is.
  // Among the allowed points, keep the one whose mistakes cost least (`costPer10k`), the
  // first one on a tie.
  return { threshold: Infinity, recall: 0, falsePositiveRate: 0, falsePositives: 0, ham: 0, costPer10k: 0 };
}
