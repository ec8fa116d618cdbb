import { describe, expect, it } from 'vitest';
import { forwardChaining, outOfFold, stratifiedFolds } from './cross-validate';
import type { Label } from './types';

// 23 ham and 11 spam, interleaved: sizes that do not divide by 5.
const labels: Label[] = Array.from({ length: 34 }, (_, i) => (i % 3 === 0 && i < 33 ? 'spam' : 'ham'));
const spamCount = labels.filter((l) => l === 'spam').length;

describe('stratifiedFolds', () => {
  const folds = stratifiedFolds(labels, 5, 42);

  it('puts every item in exactly one of k folds', () => {
    expect(spamCount).toBe(11);
    expect(folds).toHaveLength(labels.length);
    expect(folds.every((f) => Number.isInteger(f) && f >= 0 && f < 5)).toBe(true);
    expect(new Set(folds).size).toBe(5);
  });

  it('gives every fold the same size and spam/ham mix, give or take one', () => {
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    const spam = [0, 1, 2, 3, 4].map((f) => folds.filter((x, i) => x === f && labels[i] === 'spam').length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...spam) - Math.min(...spam)).toBeLessThanOrEqual(1);
    expect(spam.reduce((a, b) => a + b)).toBe(spamCount);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    expect(stratifiedFolds(labels, 5, 42)).toEqual(folds);
    expect(stratifiedFolds(labels, 5, 43)).not.toEqual(folds);
  });

  it('refuses fewer than two folds', () => {
    expect(() => stratifiedFolds(labels, 1, 42)).toThrow();
  });
});

describe('outOfFold', () => {
  const items = labels.map((label, id) => ({ id, label }));
  const folds = stratifiedFolds(labels, 5, 7);

  it('predicts each item with a model fitted on the other folds only', () => {
    const seen: number[][] = [];
    const predictions = outOfFold(items, folds, (train) => {
      seen.push(train.map((item) => item.id));
      const trained = new Set(train.map((item) => item.id));
      return (item) => ({ id: item.id, leaked: trained.has(item.id), trainSize: train.length });
    });
    expect(seen).toHaveLength(5);
    expect(predictions.map((p) => p.id)).toEqual(items.map((item) => item.id));
    expect(predictions.some((p) => p.leaked)).toBe(false);
    // Training parts are the complements of disjoint folds: together they hold each item k−1 times.
    expect(seen.flat()).toHaveLength(4 * items.length);
    for (const p of predictions) expect(p.trainSize).toBe(items.length - folds.filter((f) => f === folds[p.id]).length);
  });

  it('hands the training items over in their original order', () => {
    outOfFold(items, folds, (train) => {
      expect(train.map((item) => item.id)).toEqual([...train.map((item) => item.id)].sort((a, b) => a - b));
      return () => 0;
    });
  });
});

describe('forwardChaining', () => {
  const items = Array.from({ length: 23 }, (_, time) => ({ time }));

  it('predicts each block after the first with a model of every earlier block only', () => {
    const fits: number[][] = [];
    const predictions = forwardChaining(items, 5, (train) => {
      fits.push(train.map((item) => item.time));
      const newest = Math.max(...train.map((item) => item.time));
      return (item) => ({ trainedUpTo: newest, trainSize: train.length, time: item.time });
    });
    expect(fits, 'one fit per block after the first, each on a prefix in time order').toEqual([5, 9, 14, 18].map((n) => Array.from({ length: n }, (_, i) => i)));
    expect(predictions.slice(0, 5), 'the first block is never predicted').toEqual([undefined, undefined, undefined, undefined, undefined]);
    for (const prediction of predictions.slice(5)) {
      expect(prediction!.trainedUpTo, `item ${prediction!.time} is predicted by a model of the past`).toBeLessThan(prediction!.time);
    }
    expect(predictions.map((p) => p?.trainSize)).toEqual([...Array(5).fill(undefined), ...Array(4).fill(5), ...Array(5).fill(9), ...Array(4).fill(14), ...Array(5).fill(18)]);
  });

  it('refuses fewer than two blocks, or more blocks than items', () => {
    expect(() => forwardChaining(items, 1, () => () => 0)).toThrow('at least 2 blocks');
    expect(() => forwardChaining(items.slice(0, 3), 4, () => () => 0)).toThrow('3 items cannot make 4 blocks');
  });
});
