import type { Label } from '@project/types';

/** One message's true label and the score a model gave it (higher = more likely spam). */
export interface Scored {
  label: Label;
  score: number;
}

/** Spam is the positive class: a false positive is a legitimate email sent to the spam folder. */
export interface ConfusionMatrix {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

export interface RocPoint {
  /** Messages scoring at or above this are called spam. */
  threshold: number;
  falsePositiveRate: number;
  truePositiveRate: number;
}

export function confusionMatrix(scored: readonly Scored[], threshold: number): ConfusionMatrix {
  // Your code: count the four kinds of decision. A message scoring at or above `threshold` is
  // flagged as spam; spam is the positive class.
  return { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
}

/** Of the messages flagged as spam, the share that were spam (1 when nothing is flagged). */
export function precision(m: ConfusionMatrix): number {
  // Your code (the helper `ratio` at the end of the file avoids dividing by zero).
  return 0;
}

/** Of the spam, the share that was caught. */
export function recall(m: ConfusionMatrix): number {
  // Your code.
  return 0;
}

export function f1(m: ConfusionMatrix): number {
  const p = precision(m);
  const r = recall(m);
  return ratio(2 * p * r, p + r, 0);
}

/** Of the legitimate messages, the share wrongly flagged: the number the product caps. */
export function falsePositiveRate(m: ConfusionMatrix): number {
  // Your code.
  return 0;
}

/**
 * The ROC curve: one point per distinct score, from the strictest threshold to the loosest.
 * Messages with equal scores move together, so ties give a diagonal step, not an optimistic one.
 */
export function rocCurve(scored: readonly Scored[]): RocPoint[] {
  // Your code: sort by score, strictest first; walk down the list counting spam and ham seen so
  // far; add a point once per distinct score (after the last message with that score), with the
  // rates so far. Start from the point at threshold Infinity, (0, 0).
  return [{ threshold: Infinity, falsePositiveRate: 0, truePositiveRate: 0 }];
}

/** Area under the ROC curve (trapezoids): the chance a random spam outscores a random ham. */
export function rocAuc(points: readonly RocPoint[]): number {
  // Your code: the sum of the trapezoids between consecutive points.
  return 0;
}

export interface OperatingPoint {
  threshold: number;
  recall: number;
  falsePositiveRate: number;
}

/**
 * The best recall reachable while the false-positive rate stays at or under `maxFpr`, at the
 * strictest threshold that reaches it: a looser one with the same recall only adds false positives.
 */
export function recallAtFpr(scored: readonly Scored[], maxFpr: number): OperatingPoint {
  // Your code: walk the ROC curve; among its points whose false-positive rate is at most
  // `maxFpr`, keep the first one with the highest recall (the point at Infinity if none catches any spam).
  return { threshold: Infinity, recall: 0, falsePositiveRate: 0 };
}

function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}
