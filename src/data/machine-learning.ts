/**
 * The numbers the Machine learning chapter quotes, from the pipeline's artefacts: the corpus's
 * figures (metrics.json, charts.json) and the same procedures run on the browser sample
 * (ml-figures.json), so each lesson can set the two side by side.
 */
import charts from '@site/generated/charts.json';
import figures from '@site/generated/ml-figures.json';
import metrics from '@site/generated/metrics.json';
import { recordOf } from '@project/artefacts';
import { chooseModel, experimentLog, MODEL_NAMES, SELECTION_METHODS, type ExperimentRow, type SelectionMethod } from '@project/compare-models';
import { wilsonInterval, type Interval } from '@project/confidence';
import { ASSUMED_COSTS, costPer10k } from '@project/costs';
import { DEFAULT_LOGISTIC_REGRESSION_OPTIONS } from '@project/logistic-regression';
import { requirements } from '@project/requirements';
import { MODEL_LABELS } from './product';

export { MODEL_LABELS };

const time = metrics.models.time;
const chosen = metrics.chosenModel.kind;
const limit = requirements.maxFalsePositiveRate;

/** A rate as k of n with its 95% Wilson interval. */
export interface CountedRate {
  count: number;
  of: number;
  rate: number;
  interval: Interval;
}
function counted(count: number, of: number): CountedRate {
  return { count, of, rate: of === 0 ? 0 : count / of, interval: wilsonInterval(count, of) };
}

export const chosenModel = { kind: chosen, label: MODEL_LABELS[chosen] };
export const maxFalsePositiveRate = limit;

// ── Lesson 1: features ──────────────────────────────────────────────────────────────────────
export const features = {
  maxTokens: metrics.features.maxTokens,
  maxTextChars: metrics.features.maxTextChars,
  minDocumentFrequency: metrics.features.vocabulary.minDocumentFrequency,
  maxSize: metrics.features.vocabulary.maxSize,
  example: figures.tokens,
  corpus: figures.vocabulary.corpus,
  sample: figures.vocabulary.sample,
  testMessages: { corpus: metrics.splits.time.test.messages, sample: figures.sample.test.messages },
  leakEffect: figures.vocabulary.leakEffect,
};

// ── Lesson 2: naive Bayes ───────────────────────────────────────────────────────────────────
const sampleRow = (name: ExperimentRow['model']) => figures.sample.experimentLog.find((row) => row.model === name)!;
export const naiveBayes = {
  corpus: { rocAuc: time['naive-bayes'].test.rocAuc, rulesRocAuc: time.rules.test.rocAuc, testMessages: metrics.splits.time.test.messages },
  sample: { rocAuc: sampleRow('naive-bayes').testRocAuc, rulesRocAuc: sampleRow('rules').testRocAuc, trainingMessages: figures.sample.training.messages, testMessages: figures.sample.test.messages },
  raw: figures.naiveBayes,
};

// ── Lesson 3: metrics ───────────────────────────────────────────────────────────────────────
const shipped = time[chosen];
export const productMetrics = {
  threshold: shipped.test.threshold,
  confusion: shipped.test.confusion,
  precision: shipped.test.precision,
  recall: shipped.test.recall,
  falsePositiveRate: shipped.test.falsePositiveRate,
  rocAuc: shipped.test.rocAuc,
  recallAtMaxFpr: shipped.test.recallAtMaxFpr,
  ham: shipped.test.ham,
  spam: shipped.test.spam,
  /** What one more lost email moves the test false-positive rate by. */
  oneHam: 1 / shipped.test.ham,
};

// ── Lesson 4: logistic regression and the experiment log ────────────────────────────────────
export const logisticRegression = {
  epochs: DEFAULT_LOGISTIC_REGRESSION_OPTIONS.epochs,
  learningRate: DEFAULT_LOGISTIC_REGRESSION_OPTIONS.learningRate,
  l2: DEFAULT_LOGISTIC_REGRESSION_OPTIONS.l2,
  loss: figures.trainingLoss.corpus.map((corpus, i) => ({ epoch: corpus.epoch, corpus: corpus.logLoss, sample: figures.trainingLoss.sample[i].logLoss })),
  corpusTrainingMessages: metrics.selection.time.trainingPeriod.messages,
  sampleTrainingMessages: figures.sample.training.messages,
};

/** The experiment log of the time split, by the project's own `experimentLog`, and the same procedure on the sample. */
export const experiment = {
  corpus: experimentLog(MODEL_NAMES.map((name) => time[name])),
  sample: figures.sample.experimentLog,
  sampleHeldOut: figures.sample.heldOut,
  sampleTest: figures.sample.test,
  corpusHeldOut: metrics.selection.time.heldOut,
  corpusTest: { messages: metrics.splits.time.test.messages, spam: metrics.splits.time.test.spam, ham: metrics.splits.time.test.messages - metrics.splits.time.test.spam },
};

// ── Lesson 5: errors and learning curves ────────────────────────────────────────────────────
export const errors = {
  ...figures.errors,
  hardHam: MODEL_NAMES.map((name) => ({
    ...time[name].test.byGroup.find((g) => g.group === 'hard-ham-1')!,
    model: name,
    modelLabel: MODEL_LABELS[name],
    allFalsePositives: time[name].test.confusion.falsePositives,
  })),
  testHam: time[chosen].test.ham,
};

export const learningCurves = {
  corpus: charts.learningCurves,
  sample: figures.sample.learningCurve,
  validation: { messages: metrics.splits.time.validation.messages, spam: metrics.splits.time.validation.spam },
  sampleTest: figures.sample.test.messages,
};

// ── Lesson 6: threshold and model selection ─────────────────────────────────────────────────
const withIntervals = (rule: (typeof figures.thresholds.corpus)[number]) => ({
  ...rule,
  heldOutFpr: counted(rule.heldOut.falsePositives, rule.heldOut.ham),
  testFpr: counted(rule.test.falsePositives, rule.test.ham),
});
export const thresholds = {
  costs: figures.thresholds.costs,
  corpus: figures.thresholds.corpus.map(withIntervals),
  sample: figures.thresholds.sample.map(withIntervals),
};

const byMethod = SELECTION_METHODS.map((method: SelectionMethod) => {
  const models = MODEL_NAMES.map((name) => {
    const { threshold, test } = metrics.selectionComparison[method][name];
    return {
      model: name,
      label: MODEL_LABELS[name],
      threshold: threshold.threshold,
      heldOutRecall: threshold.recall,
      heldOutFpr: threshold.falsePositiveRate,
      testRecall: test.recall,
      testFpr: counted(test.confusion.falsePositives, test.ham),
      withinLimit: test.falsePositiveRate <= limit,
      costPer10k: costPer10k(test.confusion, ASSUMED_COSTS),
    };
  });
  /** The model this method's held-out scores would ship. */
  const chosenHere = chooseModel(MODEL_NAMES.map((name) => ({ name, threshold: metrics.selectionComparison[method][name].threshold })));
  return { method, chosen: chosenHere, models };
});
const rowOf = (method: SelectionMethod, model: ExperimentRow['model']) => byMethod.find((b) => b.method === method)!.models.find((m) => m.model === model)!;

export const selection = {
  folds: metrics.selection.time.folds,
  trainingPeriod: metrics.selection.time.trainingPeriod,
  heldOut: figures.selection.heldOut,
  blocks: figures.selection.blocks,
  kFold: figures.selection.kFold,
  /** ROC AUC of the shipped model's pooled forward-chaining scores. */
  forwardChainingRocAuc: time[chosen].heldOut.rocAuc,
  /** The time split chosen both ways: thresholds, test outcome, and the test false-positive rate with its interval. */
  byMethod,
  /** Each method's row for one model. */
  rowOf,
  /** Each method's row for the model it would ship. */
  shipped: recordOf(SELECTION_METHODS, (method) => rowOf(method, byMethod.find((b) => b.method === method)!.chosen)),
};
