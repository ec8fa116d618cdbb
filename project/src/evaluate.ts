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
} from './metrics';
import { mulberry32, shuffled } from './random';
import type { Email, Label } from './types';

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
  const groups = new Map<string, GroupErrors>();
  for (const s of scored) {
    const group = groups.get(s.group) ?? { group: s.group, label: s.label, messages: 0, errors: 0, errorRate: 0 };
    group.messages++;
    if ((s.score >= threshold) !== (s.label === 'spam')) group.errors++;
    groups.set(s.group, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, errorRate: g.errors / g.messages }))
    .sort((a, b) => (a.group < b.group ? -1 : 1));
}

/**
 * The most confidently wrong messages, where error analysis starts: legitimate mail flagged
 * with the highest scores, and spam let through with the lowest, at most `count` of each,
 * most confident first.
 */
export function worstMistakes(scored: readonly ScoredEmail[], threshold: number, count: number): Pick<Evaluation, 'worstFalsePositives' | 'worstFalseNegatives'> {
  const flagged = (s: ScoredEmail) => s.score >= threshold;
  return {
    worstFalsePositives: scored
      .filter((s) => s.label === 'ham' && flagged(s))
      .sort((a, b) => b.score - a.score)
      .slice(0, count)
      .map(wrongDecision),
    worstFalseNegatives: scored
      .filter((s) => s.label === 'spam' && !flagged(s))
      .sort((a, b) => a.score - b.score)
      .slice(0, count)
      .map(wrongDecision),
  };
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
  const order = shuffled(train, mulberry32(seed));
  return sizes.map((size) => {
    const scored = scoreEmails(heldOut, fit(order.slice(0, size)));
    return { trainSize: size, rocAuc: rocAuc(rocCurve(scored)), recallAtMaxFpr: recallAtFpr(scored, maxFpr).recall };
  });
}
