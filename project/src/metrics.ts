import type { Label } from './types';

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
  const matrix = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (const { label, score } of scored) {
    const flagged = score >= threshold;
    if (label === 'spam') flagged ? matrix.truePositives++ : matrix.falseNegatives++;
    else flagged ? matrix.falsePositives++ : matrix.trueNegatives++;
  }
  return matrix;
}

/** Of the messages flagged as spam, the share that were spam (1 when nothing is flagged). */
export function precision(m: ConfusionMatrix): number {
  return ratio(m.truePositives, m.truePositives + m.falsePositives, 1);
}

/** Of the spam, the share that was caught. */
export function recall(m: ConfusionMatrix): number {
  return ratio(m.truePositives, m.truePositives + m.falseNegatives, 0);
}

export function f1(m: ConfusionMatrix): number {
  const p = precision(m);
  const r = recall(m);
  return ratio(2 * p * r, p + r, 0);
}

/** Of the legitimate messages, the share wrongly flagged: the number the product caps. */
export function falsePositiveRate(m: ConfusionMatrix): number {
  return ratio(m.falsePositives, m.falsePositives + m.trueNegatives, 0);
}

/**
 * The ROC curve: one point per distinct score, from the strictest threshold to the loosest.
 * Messages with equal scores move together, so ties give a diagonal step, not an optimistic one.
 */
export function rocCurve(scored: readonly Scored[]): RocPoint[] {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((s) => s.label === 'spam').length;
  const negatives = sorted.length - positives;
  const points: RocPoint[] = [{ threshold: Infinity, falsePositiveRate: 0, truePositiveRate: 0 }];
  let truePositives = 0;
  let falsePositives = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].label === 'spam') truePositives++;
    else falsePositives++;
    if (i + 1 < sorted.length && sorted[i + 1].score === sorted[i].score) continue;
    points.push({
      threshold: sorted[i].score,
      falsePositiveRate: ratio(falsePositives, negatives, 0),
      truePositiveRate: ratio(truePositives, positives, 0),
    });
  }
  return points;
}

/** Area under the ROC curve (trapezoids): the chance a random spam outscores a random ham. */
export function rocAuc(points: readonly RocPoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const width = points[i].falsePositiveRate - points[i - 1].falsePositiveRate;
    area += (width * (points[i].truePositiveRate + points[i - 1].truePositiveRate)) / 2;
  }
  return area;
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
  const curve = rocCurve(scored);
  let best = curve[0];
  for (const point of curve) {
    if (point.falsePositiveRate <= maxFpr && point.truePositiveRate > best.truePositiveRate) best = point;
  }
  return { threshold: best.threshold, recall: best.truePositiveRate, falsePositiveRate: best.falsePositiveRate };
}

function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}
