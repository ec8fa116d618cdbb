import { rocCurve, type Scored } from './metrics';

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
  let best = { threshold: Infinity, recall: 0, falsePositiveRate: 0 };
  // Points run from the strictest threshold to the loosest, so the last one within the limit
  // has the highest recall; a later point with equal recall would only add false positives.
  for (const point of rocCurve(heldOut)) {
    if (point.falsePositiveRate > maxFalsePositiveRate) break;
    if (point.truePositiveRate > best.recall) {
      best = { threshold: point.threshold, recall: point.truePositiveRate, falsePositiveRate: point.falsePositiveRate };
    }
  }
  return best;
}
