import { DEFAULT_FOLDS, forwardChaining, outOfFold, stratifiedFolds } from './cross-validate';
import { evaluate, scoreEmails, type Evaluation, type ScoredEmail, type Scorer } from './evaluate';
import { logOddsOf, sigmoid, type LinearModel } from './linear-model';
import { roundParameters } from './model-file';
import { logisticFeatures, trainLogisticRegression } from './logistic-regression';
import type { ModelKind } from './model-file';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, trainNaiveBayes, type LabelledTokens } from './naive-bayes';
import { byDateThenId, byId } from './order';
import { requirements } from './requirements';
import { applyRules } from './rules';
import { chooseThreshold, type ThresholdChoice } from './threshold';
import type { Email, Split } from './types';
import { buildVocabulary, type SparseFeatures, type Vocabulary } from './vocabulary';

export type ModelName = 'rules' | ModelKind;
export const MODEL_NAMES = ['rules', 'naive-bayes', 'logistic-regression'] as const satisfies readonly ModelName[];

export interface FittedModel {
  name: ModelName;
  scorer: Scorer;
  /** The weights, for the models that have them (not the rules). */
  linear?: LinearModel;
}

/** How held-out scores of the training period are made (see `cross-validate.ts`). */
export const SELECTION_METHODS = ['forward-chaining', 'stratified-k-fold'] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];

export interface SelectionOptions {
  method: SelectionMethod;
  /** Folds (k-fold) or blocks in time (forward chaining). */
  folds: number;
  /** Seed of the random folds, and of naive Bayes' calibration folds. */
  seed: number;
}

export const DEFAULT_SELECTION: SelectionOptions = { method: 'forward-chaining', folds: DEFAULT_FOLDS, seed: 42 };

/**
 * What one model did on one split: the threshold chosen on held-out scores of the training
 * period, those scores evaluated at it, then the test set, scored by the model refitted on the
 * whole training period.
 */
export interface ModelResult {
  name: ModelName;
  /** Chosen on the pooled held-out scores; its recall and false-positive rate are theirs. */
  threshold: ThresholdChoice;
  heldOut: Evaluation;
  test: Evaluation;
}

export interface SplitAssessment {
  /** The models refitted on the whole training period: what is measured on test, and shipped. */
  fitted: FittedModel[];
  results: ModelResult[];
  /** Each model's pooled held-out scores in time order (what its threshold was chosen on), in the order of `results`. */
  heldOutScores: ScoredEmail[][];
}

export type TokensOf = (email: Email) => string[];

/**
 * Everything a split holds apart from its test set (train and validation together), in id
 * order: for the time split, every message older than the test period.
 */
export function trainingPeriod(split: Split): Email[] {
  return [...split.train, ...split.validation].sort(byId);
}

/**
 * Fits all three models on `train`, with one vocabulary built on `train` only. The held-out
 * scoring and the final refit both call this, so the held-out scores come from the same
 * procedure as the models measured on test. Naive Bayes calibrates its temperature by
 * cross-validation inside `train` (see `trainCalibratedNaiveBayes`); the rules learn nothing.
 * Weights are rounded as the model file stores them, so what is measured is what ships.
 */
export function fitModels(train: readonly Email[], tokensOf: TokensOf, options: Pick<SelectionOptions, 'folds' | 'seed'> = DEFAULT_SELECTION): FittedModel[] {
  const labelled: LabelledTokens[] = train.map((e) => ({ tokens: tokensOf(e), label: e.label }));
  const vocabulary = buildVocabulary(labelled.map((e) => e.tokens));
  const folds = stratifiedFolds(labelled.map((e) => e.label), options.folds, options.seed);
  const naiveBayes = roundParameters(trainCalibratedNaiveBayes(labelled, vocabulary, folds));
  const logistic = roundParameters(trainLogisticRegression(labelled, vocabulary));
  return [
    { name: 'rules', scorer: (email) => applyRules(email).score },
    { name: 'naive-bayes', scorer: linearScorer(naiveBayes, naiveBayesFeatures, tokensOf), linear: naiveBayes },
    { name: 'logistic-regression', scorer: linearScorer(logistic, logisticFeatures, tokensOf), linear: logistic },
  ];
}

/**
 * Refits one model kind from scratch: what a learning curve needs at each training size. It
 * scores by log-odds, for ranking only: uncalibrated naive Bayes gives long messages log-odds
 * in the hundreds, whose sigmoid is exactly 1, and a tie at 1 between spam and a few ham
 * leaves no threshold under a 0.5% false-positive limit.
 */
export function fitScorer(name: Exclude<ModelName, 'rules'>, train: readonly Email[], tokensOf: TokensOf): Scorer {
  const labelled = train.map((e) => ({ tokens: tokensOf(e), label: e.label }));
  const vocabulary = buildVocabulary(labelled.map((e) => e.tokens));
  const [model, features] =
    name === 'naive-bayes' ? [trainNaiveBayes(labelled, vocabulary), naiveBayesFeatures] : [trainLogisticRegression(labelled, vocabulary), logisticFeatures];
  return (email) => logOddsOf(model, features(tokensOf(email), vocabulary));
}

export function linearScorer(
  model: LinearModel,
  features: (tokens: readonly string[], vocabulary: Vocabulary) => SparseFeatures,
  tokensOf: TokensOf,
): Scorer {
  return (email) => sigmoid(logOddsOf(model, features(tokensOf(email), model.vocabulary)));
}

/** Each training message's scores from every model, by a model that did not see it (undefined: never held out). */
function heldOutScores(training: readonly Email[], tokensOf: TokensOf, options: SelectionOptions): (number[] | undefined)[] {
  const fit = (part: Email[]) => {
    const models = fitModels(part, tokensOf, options);
    return (email: Email) => models.map((m) => m.scorer(email));
  };
  if (options.method === 'forward-chaining') return forwardChaining(training, options.folds, fit);
  return outOfFold(training, stratifiedFolds(training.map((e) => e.label), options.folds, options.seed), fit);
}

/**
 * The split's whole procedure. Held-out scores of the training period (see `SelectionOptions`)
 * give each model the threshold with the highest pooled recall within `maxFpr`. Then every
 * model is refitted on the whole training period, and the test set is scored once, at that
 * threshold. `split.validation` is part of the training period here: nothing is chosen on it alone.
 */
export function assessModels(
  split: Split,
  tokensOf: TokensOf,
  options: SelectionOptions = DEFAULT_SELECTION,
  maxFpr: number = requirements.maxFalsePositiveRate,
): SplitAssessment {
  // In time order, so that forward chaining trains on the past; k-fold does not mind the order.
  const training = trainingPeriod(split).sort(byDateThenId);
  const scores = heldOutScores(training, tokensOf, options);
  const fitted = fitModels(training, tokensOf, options);
  const pooled = fitted.map((_, m): ScoredEmail[] =>
    training.flatMap((email, i) => {
      const score = scores[i]?.[m];
      return score === undefined ? [] : [{ id: email.id, group: email.group, subject: email.subject, label: email.label, score }];
    }),
  );
  const results = fitted.map((model, m): ModelResult => {
    const threshold = chooseThreshold(pooled[m], maxFpr);
    return {
      name: model.name,
      threshold,
      heldOut: evaluate(pooled[m], threshold.threshold, maxFpr),
      test: evaluate(scoreEmails(split.test, model.scorer), threshold.threshold, maxFpr),
    };
  });
  return { fitted, results, heldOutScores: pooled };
}

/**
 * The model to ship: the highest held-out recall within the false-positive limit (the test set
 * plays no part). On a tie, naive Bayes: same size and speed when serving, cheaper to train.
 */
export function chooseModel(results: readonly Pick<ModelResult, 'name' | 'threshold'>[]): ModelKind {
  const recall = (kind: ModelKind) => results.find((r) => r.name === kind)!.threshold.recall;
  return recall('logistic-regression') > recall('naive-bayes') ? 'logistic-regression' : 'naive-bayes';
}

/** One line of the experiment log: a model, the threshold it chose, and what it did held out and on test. */
export interface ExperimentRow {
  model: ModelName;
  threshold: number;
  /** Recall and false-positive rate on the held-out scores the threshold was chosen on: the promise. */
  heldOutRecall: number;
  heldOutFpr: number;
  /** The test set, scored once: what the promise was worth. */
  testRocAuc: number;
  testRecall: number;
  testFpr: number;
  testPrecision: number;
  /** Whether the test false-positive rate stayed within the limit. */
  withinFprLimit: boolean;
}

/**
 * The experiment log of a split: one row per model, in the order assessed (the rules baseline
 * first), with the held-out promise next to the test outcome.
 */
export function experimentLog(results: readonly ModelResult[], maxFpr: number = requirements.maxFalsePositiveRate): ExperimentRow[] {
  return results.map((result) => ({
    model: result.name,
    threshold: result.threshold.threshold,
    heldOutRecall: result.threshold.recall,
    heldOutFpr: result.threshold.falsePositiveRate,
    testRocAuc: result.test.rocAuc,
    testRecall: result.test.recall,
    testFpr: result.test.falsePositiveRate,
    testPrecision: result.test.precision,
    withinFprLimit: result.test.falsePositiveRate <= maxFpr,
  }));
}
