/**
 * The honest split for a filter that is trained on past mail and used on future mail: train
 * on the oldest messages, test on the latest. And a check that the test set did not leak
 * into training, either through time or through copies.
 */
import { byDateThenId } from '@project/order';
import type { Email, Split } from '@project/types';

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
  // TODO: leave out undated messages, sort the rest oldest first (byDateThenId),
  // cut off the latest `fractions.test` for testing, then the latest `fractions.validation`
  // of what remains for validation.
  return { train: emails, validation: [], test: [] };
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
  // TODO 1: count test messages that are undated or older than the newest train/validation date.
  const testNotAfterTraining = 0;
  // TODO 2: count clusters whose members sit in more than one part (train, validation, test).
  const straddlingClusters = 0;
  return { ok: problems.length === 0, testNotAfterTraining, straddlingClusters, problems };
}

/** Fails loudly: a leaky split produces test scores that production will never see. */
export function assertNoLeakage(split: Split, clusters: string[][] = []): void {
  const report = checkLeakage(split, clusters);
  if (!report.ok) throw new Error(`Leaky split: ${report.problems.join('; ')}`);
}
