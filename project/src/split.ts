/**
 * Train / validation / test splits, and a check that the test set did not leak into training.
 *
 * A filter is trained on past mail and used on future mail, so the honest split is by time:
 * test on the latest messages. A random split (and a split by corpus batch) are here to be
 * compared with it, not to be trusted.
 */
import { byId } from './order';
import { mulberry32, shuffled } from './random';
import { cut, DEFAULT_FRACTIONS, type SplitFractions } from './time-split';
import type { Email, Split } from './types';

export { assertNoLeakage, checkLeakage, cut, DEFAULT_FRACTIONS, timeSplit, type LeakageReport, type SplitFractions } from './time-split';

/** The corpus' two releases: train on the first batch, test on the second. */
export const FIRST_BATCH = ['easy-ham-1', 'hard-ham-1', 'spam-1'];
export const SECOND_BATCH = ['easy-ham-2', 'spam-2'];

/** Shuffled with a seed, within each label so that every part keeps the spam/ham mix. */
export function randomSplit(emails: Email[], seed: number, fractions: SplitFractions = DEFAULT_FRACTIONS): Split {
  const random = mulberry32(seed);
  const split: Split = { train: [], validation: [], test: [] };
  for (const label of ['ham', 'spam'] as const) {
    // Sorting by id first makes the shuffle independent of the order the messages came in.
    const mixed = shuffled(emails.filter((email) => email.label === label).sort(byId), random);
    const [training, test] = cut(mixed, fractions.test);
    const [train, validation] = cut(training, fractions.validation);
    split.train.push(...train);
    split.validation.push(...validation);
    split.test.push(...test);
  }
  return sortParts(split);
}

/** Train on one release of the corpus, test on the next: a "new batch" split, not a time split. */
export function batchSplit(emails: Email[], seed: number, fractions: SplitFractions = DEFAULT_FRACTIONS): Split {
  const training = emails.filter((email) => FIRST_BATCH.includes(email.group));
  const test = emails.filter((email) => SECOND_BATCH.includes(email.group));
  // Validation comes from the first batch, drawn at random with the same label mix.
  const { train, test: validation } = randomSplit(training, seed, { test: fractions.validation, validation: 0 });
  return sortParts({ train, validation, test });
}

function sortParts(split: Split): Split {
  return { train: split.train.sort(byId), validation: split.validation.sort(byId), test: split.test.sort(byId) };
}
