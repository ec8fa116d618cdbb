/**
 * The honest split for a filter that is trained on past mail and used on future mail: train
 * on the oldest messages, test on the latest. And a check that the test set did not leak
 * into training, either through time or through copies.
 */
import { byDateThenId } from './order';
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

/** The first (1 - share) of the items, and the last `share` of them. */
export function cut<T>(items: T[], share: number): [T[], T[]] {
  const at = items.length - Math.round(items.length * share);
  return [items.slice(0, at), items.slice(at)];
}

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

export interface LeakageReport {
  ok: boolean;
  /** Test messages older than the newest training or validation message, and undated ones (the same second is not the future). */
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
