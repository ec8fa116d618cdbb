import { describe, expect, it } from 'vitest';
import { confusionMatrix, f1, falsePositiveRate, precision, recall, recallAtFpr, rocAuc, rocCurve, type Scored } from './metrics';
import { chooseThreshold } from './threshold';

// Three spam, three ham; worked out by hand in the comments.
const scored: Scored[] = [
  { label: 'spam', score: 0.9 },
  { label: 'spam', score: 0.8 },
  { label: 'ham', score: 0.7 },
  { label: 'spam', score: 0.6 },
  { label: 'ham', score: 0.2 },
  { label: 'ham', score: 0.1 },
];

describe('metrics', () => {
  it('counts the confusion matrix at a threshold (score ≥ threshold is spam)', () => {
    expect(confusionMatrix(scored, 0.5)).toEqual({ truePositives: 3, falsePositives: 1, trueNegatives: 2, falseNegatives: 0 });
    expect(confusionMatrix(scored, 0.8)).toEqual({ truePositives: 2, falsePositives: 0, trueNegatives: 3, falseNegatives: 1 });
  });

  it('derives precision, recall, F1 and the false-positive rate', () => {
    const m = confusionMatrix(scored, 0.5);
    expect(precision(m)).toBe(0.75);
    expect(recall(m)).toBe(1);
    expect(f1(m)).toBeCloseTo(6 / 7, 12); // 2·0.75·1 / 1.75
    expect(falsePositiveRate(m)).toBeCloseTo(1 / 3, 12);
  });

  it('handles empty denominators without NaN', () => {
    const none = confusionMatrix([{ label: 'ham', score: 0.1 }], 0.5);
    expect([precision(none), recall(none), f1(none), falsePositiveRate(none)]).toEqual([1, 0, 0, 0]);
  });

  it('computes the ROC curve and its area', () => {
    const curve = rocCurve(scored);
    expect(curve.map((p) => [p.falsePositiveRate, p.truePositiveRate])).toEqual([
      [0, 0],
      [0, 1 / 3],
      [0, 2 / 3],
      [1 / 3, 2 / 3],
      [1 / 3, 1],
      [2 / 3, 1],
      [1, 1],
    ]);
    // 8 of the 9 (spam, ham) pairs are ordered correctly.
    expect(rocAuc(curve)).toBeCloseTo(8 / 9, 12);
  });

  it('gives tied scores half credit', () => {
    expect(rocAuc(rocCurve([{ label: 'spam', score: 0.5 }, { label: 'ham', score: 0.5 }]))).toBe(0.5);
  });

  it('reports the strictest threshold that reaches the best recall, not a looser one that adds false positives', () => {
    const caughtEarly: Scored[] = [{ label: 'spam', score: 0.9 }, { label: 'ham', score: 0.5 }];
    expect(recallAtFpr(caughtEarly, 1)).toEqual({ threshold: 0.9, recall: 1, falsePositiveRate: 0 });
  });

  it('finds the best recall within a false-positive limit, and its threshold', () => {
    expect(recallAtFpr(scored, 0)).toEqual({ threshold: 0.8, recall: 2 / 3, falsePositiveRate: 0 });
    expect(recallAtFpr(scored, 0.34)).toEqual({ threshold: 0.6, recall: 1, falsePositiveRate: 1 / 3 });
  });
});

describe('chooseThreshold', () => {
  it('takes the highest recall within the false-positive limit', () => {
    expect(chooseThreshold(scored, 0)).toEqual({ threshold: 0.8, recall: 2 / 3, falsePositiveRate: 0 });
    expect(chooseThreshold(scored, 0.34)).toEqual({ threshold: 0.6, recall: 1, falsePositiveRate: 1 / 3 });
  });

  it('never loosens the threshold without catching more spam', () => {
    // Loosening from 0.6 to 0.2 or 0.1 only adds false positives, even with no limit at all.
    expect(chooseThreshold(scored, 1).threshold).toBe(0.6);
  });
});
