/**
 * Train / validation / test splits, and a check that the test set did not leak into training.
 *
 * A filter is trained on past mail and used on future mail, so the honest split is by time:
 * test on the latest messages. A random split (and a split by corpus batch) are here to be
 * compared with it, not to be trusted.
 */
import { byDateThenId, byId } from './order';
import { mulberry32, shuffled } from './random';
import type { Email, Split } from './types';

export interface SplitFractions {
  /** Share of all messages held out for testing. */
  test: number;
  /** Share of the remaining (training) messages used for validation. */
  validation: number;
}

/**
 * 30% for testing, not the usual 20%: in this corpus spam stops arriving in October 2002 while
 * ham goes on, so the latest 20% of messages hold only a few dozen spam, too few to measure recall.
 */
export const DEFAULT_FRACTIONS: SplitFractions = { test: 0.3, validation: 0.15 };

/** The corpus' two releases: train on the first batch, test on the second. */
export const FIRST_BATCH = ['easy-ham-1', 'hard-ham-1', 'spam-1'];
export const SECOND_BATCH = ['easy-ham-2', 'spam-2'];

/**
 * Oldest messages to train on, the latest to test on, and the end of the training period
 * to validate on. Messages without a trustworthy date cannot be placed in time and are left out.
 */
export function timeSplit(emails: Email[], fractions: SplitFractions = DEFAULT_FRACTIONS): Split {
  const dated = emails.filter((email) => email.date !== null).sort(byDateThenId);
  const [training, test] = cut(dated, fractions.test);
  const [train, validation] = cut(training, fractions.validation);
  return { train, validation, test };
}

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

export interface LeakageReport {
  ok: boolean;
  /** Test messages not dated after every training and validation message (undated ones included). */
  testNotAfterTraining: number;
  /** Duplicate clusters with members in more than one part. */
  straddlingClusters: number;
  /** What went wrong, in words; empty when `ok`. */
  problems: string[];
}

/**
 * Two ways the test set can leak into training: the model saw the future (a test message is
 * older than something it trained on), or it saw the answer (a copy of a test message is in
 * training). `clusters` are groups of duplicate message ids, e.g. from `dedupe`.
 */
export function checkLeakage(split: Split, clusters: string[][] = []): LeakageReport {
  const problems: string[] = [];

  const trainingDates = [...split.train, ...split.validation].flatMap((email) => (email.date === null ? [] : [email.date]));
  const newestTraining = trainingDates.reduce((newest, date) => (date > newest ? date : newest), '');
  const testNotAfterTraining = split.test.filter((email) => email.date === null || email.date < newestTraining).length;
  if (testNotAfterTraining > 0) {
    problems.push(`${testNotAfterTraining} test messages are not dated after the newest training message (${newestTraining})`);
  }

  const partOf = new Map<string, string>();
  for (const part of ['train', 'validation', 'test'] as const) for (const email of split[part]) partOf.set(email.id, part);
  const straddling = clusters.filter((ids) => new Set(ids.flatMap((id) => partOf.get(id) ?? [])).size > 1);
  if (straddling.length > 0) {
    problems.push(`${straddling.length} duplicate clusters span more than one part, e.g. ${straddling[0].join(', ')}`);
  }

  return { ok: problems.length === 0, testNotAfterTraining, straddlingClusters: straddling.length, problems };
}

/** Fails loudly: a leaky split produces test scores that production will never see. */
export function assertNoLeakage(split: Split, clusters: string[][] = []): void {
  const report = checkLeakage(split, clusters);
  if (!report.ok) throw new Error(`Leaky split: ${report.problems.join('; ')}`);
}

/** The first (1 - share) of the items, and the last `share` of them. */
function cut<T>(items: T[], share: number): [T[], T[]] {
  const at = items.length - Math.round(items.length * share);
  return [items.slice(0, at), items.slice(at)];
}

function sortParts(split: Split): Split {
  return { train: split.train.sort(byId), validation: split.validation.sort(byId), test: split.test.sort(byId) };
}
