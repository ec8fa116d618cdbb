/**
 * Figures for the DevOps chapter's monitoring lesson: how far the corpus's second release batch
 * drifts from the first, as a filter trained on the first batch would see it in production.
 *
 * The setting: the filter is trained on the first batch's training part; its monitoring
 * reference is the first batch's held-out part (scores of messages it did not train on); the
 * "production" window is the whole second batch. The PSI of its scores and of its most
 * influential tokens needs no labels; the labelled rates are what users' reports would show.
 */
import type { Drift, Sample } from '../src/artefacts';
import { fitModels, type TokensOf } from '../src/compare-models';
import { scoreDrift, tokenDrift } from '../src/drift';
import type { ModelKind } from '../src/model-file';
import { DEFAULT_RETRAINING_RULE, retrainingDecision, type MonitoringWindow } from '../src/retraining';
import type { SpamFilter } from '../src/spam-filter';
import { FIRST_BATCH, SECOND_BATCH } from '../src/split';
import type { Email, Split } from '../src/types';

/** Score bins (at the reference's deciles) and tokens watched (the most spam-like and most ham-like). */
export const DRIFT_BINS = 10;
export const WATCHED_TOKENS_PER_SIDE = 20;

export interface DriftInput {
  /** The batch split: first batch in train and validation, second batch in test. */
  batch: Split;
  tokensOf: TokensOf;
  kind: ModelKind;
  /** The threshold and held-out recall the batch split chose for `kind` on the first batch. */
  threshold: number;
  launchRecall: number;
  /** The shipped filter (trained on the time split), which the exercise uses on the sample. */
  shipped: SpamFilter;
  /** Every cleaned message, and the shipped model's score of one. */
  emails: readonly Email[];
  shippedScore: (email: Email) => number;
  sample: Sample;
}

function labelledCounts(emails: readonly Email[], scores: number[], threshold: number): MonitoringWindow['labelled'] {
  const flagged = (i: number) => scores[i] >= threshold;
  const ham = emails.filter((email) => email.label === 'ham').length;
  return {
    ham,
    falsePositives: emails.filter((email, i) => email.label === 'ham' && flagged(i)).length,
    spam: emails.length - ham,
    missed: emails.filter((email, i) => email.label === 'spam' && !flagged(i)).length,
  };
}

const psiOf = (reference: number[], current: number[]) => scoreDrift(reference, current, DRIFT_BINS).psi;
const byBatch = <T extends { group: string }>(items: readonly T[], batch: readonly string[]) => items.filter((item) => batch.includes(item.group));

export function driftFigures(input: DriftInput): Drift {
  const { batch, tokensOf, kind, threshold } = input;
  const model = fitModels(batch.train, tokensOf).find((fitted) => fitted.name === kind)!;
  const reference = batch.validation;
  const current = batch.test;
  const referenceScores = reference.map(model.scorer);
  const currentScores = current.map(model.scorer);
  const scoresOf = (emails: readonly Email[], scores: number[], label: string) => scores.filter((_, i) => emails[i].label === label);

  const linear = model.linear!;
  const ranked = linear.vocabulary.tokens.map((token, i) => ({ token, weight: linear.weights[i] })).sort((a, b) => b.weight - a.weight || (a.token < b.token ? -1 : 1));
  const watched = [...ranked.slice(0, WATCHED_TOKENS_PER_SIDE), ...ranked.slice(-WATCHED_TOKENS_PER_SIDE)];
  const weightOf = new Map(watched.map(({ token, weight }) => [token, weight]));
  const tokens = tokenDrift(watched.map(({ token }) => token), reference.map(tokensOf), current.map(tokensOf));

  const scores = scoreDrift(referenceScores, currentScores, DRIFT_BINS);
  const window: MonitoringWindow = { scorePsi: scores.psi, tokenPsi: tokens.psi, labelled: labelledCounts(current, currentScores, threshold) };
  const rule = { ...DEFAULT_RETRAINING_RULE, launchRecall: input.launchRecall };

  const corpusScores = (groups: readonly string[]) => byBatch(input.emails, groups).map(input.shippedScore);
  const sampleScores = (groups: readonly string[]) => byBatch(input.sample, groups).map((message) => input.shipped.classify(message.raw).score);

  return {
    batches: { first: [...FIRST_BATCH], second: [...SECOND_BATCH] },
    model: { kind, threshold, trainedOn: batch.train.length },
    reference: { messages: reference.length, spam: reference.filter((email) => email.label === 'spam').length },
    current: { messages: current.length, spam: current.filter((email) => email.label === 'spam').length },
    scores: {
      ...scores,
      // Within one label: how much of the shift is the label mix, and how much the messages.
      psiHam: psiOf(scoresOf(reference, referenceScores, 'ham'), scoresOf(current, currentScores, 'ham')),
      psiSpam: psiOf(scoresOf(reference, referenceScores, 'spam'), scoresOf(current, currentScores, 'spam')),
    },
    tokens: {
      watched: watched.length,
      psi: tokens.psi,
      movers: tokens.shifts.slice(0, 10).map((shift) => ({ ...shift, weight: weightOf.get(shift.token)! })),
    },
    flaggedShare: {
      reference: referenceScores.filter((score) => score >= threshold).length / reference.length,
      current: currentScores.filter((score) => score >= threshold).length / current.length,
    },
    labelled: { reference: labelledCounts(reference, referenceScores, threshold), current: window.labelled },
    rule,
    window,
    decision: retrainingDecision(window, rule),
    shipped: {
      corpus: psiOf(corpusScores(FIRST_BATCH), corpusScores(SECOND_BATCH)),
      sample: psiOf(sampleScores(FIRST_BATCH), sampleScores(SECOND_BATCH)),
    },
  };
}

