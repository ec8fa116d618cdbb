/**
 * Held-out scores for the training period, two ways. Choosing a threshold needs held-out
 * scores, and a false-positive limit of 0.5% needs many held-out ham: on a 500-ham validation
 * slice the limit is 2.5 messages, a coin toss. Pooling the predictions of several models, each
 * on data it never saw, makes most of the training period held-out data once.
 *
 * - Stratified k-fold: folds drawn at random, each predicted by a model of the other folds. Fine
 *   when the messages to come look like a random draw of those we have.
 * - Forward chaining: the period cut into k consecutive blocks in time, each predicted by a model
 *   of the blocks before it. A filter is trained on the past and used on the future; so is every
 *   model here. The test set stays untouched either way.
 */
import { mulberry32, shuffled } from '@project/random';
import type { Label } from '@project/types';

export const DEFAULT_FOLDS = 5;

/**
 * The fold (0 … k−1) of each item, in the items' order. Each label is shuffled with the seed
 * and dealt round-robin, the deal carrying on from one label to the next, so every fold gets
 * the same spam/ham mix and the same size, give or take one message. The same labels in the
 * same order and the same seed always give the same folds.
 *
 * Near-duplicates are not grouped: deduplication keeps one message of each cluster and drops
 * the rest, so no two kept messages share a cluster and plain stratified folds cannot put a
 * copy of a held-out message in training.
 */
export function stratifiedFolds(labels: readonly Label[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`need at least 2 folds, got ${k}`);
  const random = mulberry32(seed);
  const folds = new Array<number>(labels.length);
  let dealt = 0;
  for (const label of ['ham', 'spam'] as const) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (const i of shuffled(members, random)) folds[i] = dealt++ % k;
  }
  return folds;
}

/**
 * For each fold, fits on the other folds and predicts the held-out one; returns one
 * prediction per item, in the items' order. `fit` gets the training items in their original
 * order, so anything it learns (a vocabulary, a calibration) comes from those items only.
 */
export function outOfFold<T, P>(
  items: readonly T[],
  folds: readonly number[],
  fit: (train: T[]) => (item: T) => P,
): P[] {
  if (folds.length !== items.length) throw new Error(`${items.length} items but ${folds.length} fold numbers`);
  const predictions = new Array<P>(items.length);
  // Your code: for each fold number, smallest first, fit on the items of every other fold (in
  // their original order) and predict the items of this fold.
  return predictions;
}

/**
 * Forward chaining over items in time order: they are cut into `k` consecutive blocks of equal
 * size (give or take one), and each block after the first is predicted by a model fitted on
 * every block before it. The first block is only ever trained on, so its predictions are
 * `undefined`. `fit` gets the training items in time order.
 */
export function forwardChaining<T, P>(itemsInTimeOrder: readonly T[], k: number, fit: (train: T[]) => (item: T) => P): (P | undefined)[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`need at least 2 blocks, got ${k}`);
  if (itemsInTimeOrder.length < k) throw new Error(`${itemsInTimeOrder.length} items cannot make ${k} blocks`);
  const predictions = new Array<P | undefined>(itemsInTimeOrder.length).fill(undefined);
  // Your code: block b runs from item round(b × n / k) up to, not including, item
  // round((b + 1) × n / k). Predict each block after the first with a model fitted on every
  // item before the block.
  return predictions;
}
