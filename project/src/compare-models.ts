import { DEFAULT_FOLDS, outOfFold, stratifiedFolds } from './cross-validate';
import { evaluate, scoreEmails, type Evaluation, type ScoredEmail, type Scorer } from './evaluate';
import { logOddsOf, sigmoid, type LinearModel } from './linear-model';
import { logisticFeatures, trainLogisticRegression } from './logistic-regression';
import type { ModelKind } from './model-file';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, trainNaiveBayes, type LabelledTokens } from './naive-bayes';
import { byId } from './order';
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

export interface CrossValidationOptions {
  folds: number;
  seed: number;
}

export const DEFAULT_CROSS_VALIDATION: CrossValidationOptions = { folds: DEFAULT_FOLDS, seed: 42 };

/**
 * What one model did on one split: the threshold chosen on out-of-fold scores of the training
 * period, those scores evaluated at it, then the test set, scored by the model refitted on the
 * whole training period.
 */
export interface ModelResult {
  name: ModelName;
  /** Chosen on the pooled out-of-fold scores; its recall and false-positive rate are theirs. */
  threshold: ThresholdChoice;
  outOfFold: Evaluation;
  test: Evaluation;
}

export interface SplitAssessment {
  /** The models refitted on the whole training period: what is measured on test, and shipped. */
  fitted: FittedModel[];
  results: ModelResult[];
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
 * Fits all three models on `train`, with one vocabulary built on `train` only. Cross-validation
 * and the final refit both call this, so the out-of-fold scores come from the same procedure
 * as the models measured on test. Naive Bayes calibrates its temperature by cross-validation
 * inside `train` (see `trainCalibratedNaiveBayes`); the rules learn nothing.
 */
export function fitModels(train: readonly Email[], tokensOf: TokensOf, cv: CrossValidationOptions = DEFAULT_CROSS_VALIDATION): FittedModel[] {
  const labelled: LabelledTokens[] = train.map((e) => ({ tokens: tokensOf(e), label: e.label }));
  const vocabulary = buildVocabulary(labelled.map((e) => e.tokens));
  const folds = stratifiedFolds(labelled.map((e) => e.label), cv.folds, cv.seed);
  const naiveBayes = trainCalibratedNaiveBayes(labelled, vocabulary, folds);
  const logistic = trainLogisticRegression(labelled, vocabulary);
  return [
    { name: 'rules', scorer: (email) => applyRules(email).score },
    { name: 'naive-bayes', scorer: linearScorer(naiveBayes, naiveBayesFeatures, tokensOf), linear: naiveBayes },
    { name: 'logistic-regression', scorer: linearScorer(logistic, logisticFeatures, tokensOf), linear: logistic },
  ];
}

/** Refits one model kind from scratch: what a learning curve needs at each training size (ranking only, so naive Bayes is not calibrated). */
export function fitScorer(name: Exclude<ModelName, 'rules'>, train: readonly Email[], tokensOf: TokensOf): Scorer {
  const labelled = train.map((e) => ({ tokens: tokensOf(e), label: e.label }));
  const vocabulary = buildVocabulary(labelled.map((e) => e.tokens));
  return name === 'naive-bayes'
    ? linearScorer(trainNaiveBayes(labelled, vocabulary), naiveBayesFeatures, tokensOf)
    : linearScorer(trainLogisticRegression(labelled, vocabulary), logisticFeatures, tokensOf);
}

export function linearScorer(
  model: LinearModel,
  features: (tokens: readonly string[], vocabulary: Vocabulary) => SparseFeatures,
  tokensOf: TokensOf,
): Scorer {
  return (email) => sigmoid(logOddsOf(model, features(tokensOf(email), model.vocabulary)));
}

/**
 * The split's whole procedure. K-fold cross-validation over the training period gives every
 * training message an out-of-fold score from each model; the threshold is the one with the
 * highest pooled recall within `maxFpr`. Then every model is refitted on the whole training
 * period, and the test set is scored once, at that threshold. `split.validation` is part of
 * the training period here: nothing is chosen on it alone.
 */
export function assessModels(
  split: Split,
  tokensOf: TokensOf,
  maxFpr = requirements.maxFalsePositiveRate,
  cv: CrossValidationOptions = DEFAULT_CROSS_VALIDATION,
): SplitAssessment {
  const training = trainingPeriod(split);
  const folds = stratifiedFolds(training.map((e) => e.label), cv.folds, cv.seed);
  const outOfFoldScores = outOfFold(training, folds, (part) => {
    const models = fitModels(part, tokensOf, cv);
    return (email) => models.map((m) => m.scorer(email));
  });
  const fitted = fitModels(training, tokensOf, cv);
  const results = fitted.map((model, m): ModelResult => {
    const pooled: ScoredEmail[] = training.map((email, i) => ({
      id: email.id,
      group: email.group,
      subject: email.subject,
      label: email.label,
      score: outOfFoldScores[i][m],
    }));
    const threshold = chooseThreshold(pooled, maxFpr);
    return {
      name: model.name,
      threshold,
      outOfFold: evaluate(pooled, threshold.threshold, maxFpr),
      test: evaluate(scoreEmails(split.test, model.scorer), threshold.threshold, maxFpr),
    };
  });
  return { fitted, results };
}

/**
 * The model to ship: the highest out-of-fold recall within the false-positive limit (the test
 * set plays no part). On a tie, naive Bayes: same size and speed when serving, cheaper to train.
 */
export function chooseModel(results: readonly ModelResult[]): ModelKind {
  const recall = (kind: ModelKind) => results.find((r) => r.name === kind)!.threshold.recall;
  return recall('logistic-regression') > recall('naive-bayes') ? 'logistic-regression' : 'naive-bayes';
}
