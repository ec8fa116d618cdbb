import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { showPlot } from 'course:display';
import sample from 'dataset:sample';
import { byDateThenId } from '@project/order';
import { forwardChaining, outOfFold, stratifiedFolds } from './cross-validate';

/** What a fake model remembers of its training: enough for a test to see what it saw. */
const recorder = <T,>(fits: T[][]) => (train: T[]) => {
  fits.push(train);
  return (item: T) => ({ item, trainedOn: train });
};

describe('forwardChaining', () => {
  // 23 items, one a day: 5 blocks start at items 0, 5, 9, 14 and 18 (round(b × 23 / 5)).
  const days = Array.from({ length: 23 }, (_, day) => ({ day }));

  it('fits once per block after the first, each time on every earlier item, in time order', () => {
    const fits: { day: number }[][] = [];
    forwardChaining(days, 5, recorder(fits));
    expect(fits.map((train) => train.map((d) => d.day)), 'prefixes of 5, 9, 14 and 18 days').toEqual([5, 9, 14, 18].map((n) => Array.from({ length: n }, (_, i) => i)));
  });

  it('predicts every item after the first block with the model of the blocks before it, and never the first block', () => {
    const predictions = forwardChaining(days, 5, recorder([]));
    expect(predictions, 'one prediction per item, in the items’ order').toHaveLength(23);
    expect(predictions.slice(0, 5), 'the first block is only ever trained on').toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(predictions.map((p) => p?.trainedOn.length), 'days 5–8 by a model of 5 days, 9–13 of 9, 14–17 of 14, 18–22 of 18').toEqual([
      ...Array(5).fill(undefined),
      ...Array(4).fill(5),
      ...Array(5).fill(9),
      ...Array(4).fill(14),
      ...Array(5).fill(18),
    ]);
    predictions.forEach((p, i) => {
      if (p) expect(p.item.day, `prediction ${i} is for item ${i}`).toBe(i);
    });
  });

  it('works for two blocks, and for as many blocks as items', () => {
    expect(forwardChaining(days.slice(0, 4), 2, recorder([])).map((p) => p?.trainedOn.length), 'two blocks of two').toEqual([undefined, undefined, 2, 2]);
    expect(forwardChaining(days.slice(0, 3), 3, recorder([])).map((p) => p?.trainedOn.length), 'one item per block').toEqual([undefined, 1, 2]);
  });

  it('never lets a model see the future, on the sample’s training period', () => {
    const training = sample.filter((m) => m.splits.time === 'train' || m.splits.time === 'validation').sort(byDateThenId);
    const fits: (typeof training)[] = [];
    const predictions = forwardChaining(training, 5, recorder(fits));
    for (const p of predictions) {
      if (!p) continue;
      const newest = p.trainedOn.reduce((a, b) => (b.date! > a.date! ? b : a));
      expect(newest.date! <= p.item.date!, `${p.item.id} (${p.item.date}) was predicted by a model that had seen ${newest.id} (${newest.date}): the future leaked into training`).toBe(true);
      expect(p.trainedOn.includes(p.item), `${p.item.id} was predicted by a model trained on it`).toBe(false);
    }
    const heldOut = predictions.filter((p) => p !== undefined).length;
    expect(heldOut, `${training.length} training messages, the oldest fifth never held out`).toBe(training.length - Math.round(training.length / 5));

    // Each fit as a row: the messages it trained on, and the block it predicted, along time.
    const rows = fits.flatMap((train, f) => [
      ...train.map((email) => ({ fit: `fit ${f + 1}`, date: new Date(email.date!), role: 'trained on' })),
      ...predictions.filter((p) => p?.trainedOn === train).map((p) => ({ fit: `fit ${f + 1}`, date: new Date(p!.item.date!), role: 'predicted' })),
    ]);
    showPlot(
      {
        x: { label: 'received', type: 'time' },
        y: { label: null },
        color: { legend: true, domain: ['trained on', 'predicted'] },
        marks: [Plot.tickX(rows, { x: 'date', y: 'fit', stroke: 'role' })],
      },
      `Forward chaining over the sample’s ${training.length} training messages`,
    );
  });
});

describe('outOfFold', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('predicts each item with a model fitted on the other folds only, keeping the items’ order', () => {
    const folds = [2, 0, 1, 0, 2, 1, 0];
    const fits: string[][] = [];
    const predictions = outOfFold(items, folds, recorder(fits));
    expect(fits, 'fold 0 first (trained on folds 1 and 2), then 1, then 2; each in the items’ order').toEqual([
      ['a', 'c', 'e', 'f'],
      ['a', 'b', 'd', 'e', 'g'],
      ['b', 'c', 'd', 'f', 'g'],
    ]);
    expect(predictions.map((p) => p.item), 'one prediction per item, in order').toEqual(items);
    predictions.forEach((p, i) => expect(p.trainedOn.includes(p.item), `${p.item} (fold ${folds[i]}) must not be in its own training set`).toBe(false));
  });

  it('takes fold numbers as they come: any numbers, not only 0 … k−1', () => {
    const fits: string[][] = [];
    outOfFold(items.slice(0, 4), [10, 9, 10, 9], recorder(fits));
    expect(fits, 'fold 9 first, then fold 10: numbers, not strings').toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('gives every training message of the sample a held-out prediction, with stratified folds', () => {
    const training = sample.filter((m) => m.splits.time === 'train' || m.splits.time === 'validation');
    const folds = stratifiedFolds(training.map((email) => email.label), 5, 42);
    const predictions = outOfFold(training, folds, recorder([]));
    expect(predictions.filter((p) => p !== undefined), `all ${training.length} messages held out once`).toHaveLength(training.length);
    predictions.forEach((p, i) => expect(p.trainedOn.length, `${training[i].id}: trained on the four other folds`).toBe(training.length - folds.filter((f) => f === folds[i]).length));
  });
});
