import {
  confusionMatrix,
  f1,
  falsePositiveRate,
  precision,
  recall,
  recallAtFpr,
  rocAuc,
  rocCurve,
  type ConfusionMatrix,
  type OperatingPoint,
  type Scored,
} from '@project/metrics';
import { mulberry32, shuffled } from '@project/random';
import type { Email, Label } from '@project/types';

/** Anything that turns an email into a spam score: rules, naive Bayes, logistic regression. */
export type Scorer = (email: Email) => number;

export interface ScoredEmail extends Scored {
  id: string;
  group: string;
  subject: string;
}

export interface GroupErrors {
  group: string;
  label: Label;
  messages: number;
  errors: number;
  errorRate: number;
}

/** A misclassified message, identified but never quoted beyond its subject. */
export type WrongDecision = Pick<ScoredEmail, 'id' | 'group' | 'label' | 'subject' | 'score'>;

export interface Evaluation {
  messages: number;
  spam: number;
  ham: number;
  threshold: number;
  rocAuc: number;
  confusion: ConfusionMatrix;
  precision: number;
  recall: number;
  f1: number;
  falsePositiveRate: number;
  /** The best recall this model could reach on this slice within the false-positive limit. */
  recallAtMaxFpr: OperatingPoint;
  /** Error rates per corpus group: an average can hide that all the mistakes are hard ham. */
  byGroup: GroupErrors[];
  worstFalsePositives: WrongDecision[];
  worstFalseNegatives: WrongDecision[];
}

export function scoreEmails(emails: readonly Email[], scorer: Scorer): ScoredEmail[] {
  return emails.map((email) => ({
    id: email.id,
    group: email.group,
    subject: email.subject,
    label: email.label,
    score: scorer(email),
  }));
}

export function evaluate(scored: readonly ScoredEmail[], threshold: number, maxFpr: number, worstCount = 5): Evaluation {
  const confusion = confusionMatrix(scored, threshold);
  const spam = scored.filter((s) => s.label === 'spam').length;
  return {
    messages: scored.length,
    spam,
    ham: scored.length - spam,
    threshold,
    rocAuc: rocAuc(rocCurve(scored)),
    confusion,
    precision: precision(confusion),
    recall: recall(confusion),
    f1: f1(confusion),
    falsePositiveRate: falsePositiveRate(confusion),
    recallAtMaxFpr: recallAtFpr(scored, maxFpr),
    byGroup: groupErrors(scored, threshold),
    ...worstMistakes(scored, threshold, worstCount),
  };
}

/** Error rates per corpus group, sorted by group: where the mistakes are. */
export function groupErrors(scored: readonly ScoredEmail[], threshold: number): GroupErrors[] {
  // Your code: one row per corpus group, sorted by group name: its label, how many messages,
  // how many the threshold got wrong (spam below it, ham at or above it), and the error rate.
  return [];
}

/**
 * The most confidently wrong messages, where error analysis starts: legitimate mail flagged
 * with the highest scores, and spam let through with the lowest, at most `count` of each,
 * most confident first.
 */
export function worstMistakes(scored: readonly ScoredEmail[], threshold: number, count: number): Pick<Evaluation, 'worstFalsePositives' | 'worstFalseNegatives'> {
  // Your code: the flagged ham, highest score first, and the spam let through, lowest score
  // first, at most `count` of each, each as a `wrongDecision`.
  return { worstFalsePositives: [], worstFalseNegatives: [] };
}

function wrongDecision({ id, group, label, subject, score }: ScoredEmail): WrongDecision {
  return { id, group, label, subject, score };
}

export interface LearningCurvePoint {
  trainSize: number;
  rocAuc: number;
  recallAtMaxFpr: number;
}

/**
 * Trains on growing seeded samples of the training set and scores each model on `heldOut`.
 * The samples are prefixes of one shuffle, so each contains the one before and the curve moves
 * only by the data added; a shuffle, not the oldest messages, so size is not confused with age.
 * A curve still climbing at the right edge says more data would help; a flat one says it won't.
 */
export function learningCurve(
  train: readonly Email[],
  heldOut: readonly Email[],
  sizes: readonly number[],
  fit: (train: readonly Email[]) => Scorer,
  maxFpr: number,
  seed = 7,
): LearningCurvePoint[] {
  // Your code: shuffle `train` once with `mulberry32(seed)`; for each size, fit on the first
  // `size` messages of the shuffle, score `heldOut`, and report the ROC AUC and the recall
  // within `maxFpr`.
  return [];
}
