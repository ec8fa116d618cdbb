/**
 * The whole project in one call, small enough for a browser tab: raw messages → parse → clean →
 * dedupe → time split → vocabulary → train → threshold → evaluate → the SpamFilter that ships,
 * with one manifest row per stage. The same messages through the same modules always give the
 * same rows, so two runs compared row by row name the first stage where they part.
 *
 * It takes the short road a few hundred messages allow: fit on the time split's train part,
 * choose the threshold on its validation part, measure once on its test part. (The full
 * pipeline chooses on held-out scores of the whole training period instead; see
 * `compare-models.ts`.)
 */
import { wilsonInterval } from '@project/confidence';
import { evaluate, scoreEmails, type Scorer } from '@project/evaluate';
import { logOddsOf, sigmoid, type LinearModel } from '@project/linear-model';
import { logisticFeatures, trainLogisticRegression } from '@project/logistic-regression';
import { roundParameters, toModelFile, type ModelFile, type ModelKind } from '@project/model-file';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, type LabelledTokens } from '@project/naive-bayes';
import { stratifiedFolds, DEFAULT_FOLDS } from '@project/cross-validate';
import { prepareData } from '@project/prepare-data';
import { readMessage } from '@project/read-message';
import { requirements } from '@project/requirements';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import { chooseThreshold } from '@project/threshold';
import { tokenize } from '@project/tokenize';
import type { Email, RawMessage, StageCount } from '@project/types';
import { buildVocabulary, type SparseFeatures, type Vocabulary } from '@project/vocabulary';

/** The rows of a run, in this order. */
export const END_TO_END_STAGES = ['parse', 'clean', 'dedupe', 'split: time', 'vocabulary', 'train', 'threshold', 'evaluate', 'SpamFilter'] as const;

export interface EndToEndRun {
  /** One row per stage of `END_TO_END_STAGES`: messages in and out, and the stage's figures. */
  stages: StageCount[];
  /** The trained model as the SpamFilter stage shipped it. */
  modelFile: ModelFile;
}

export interface EndToEndOptions {
  /** Which model to train: the kind the full pipeline ships, so the two can be compared. */
  kind: ModelKind;
  /** The false-positive limit the threshold must keep on validation; the product's by default. */
  maxFalsePositiveRate?: number;
}

/** How each kind of model is trained, and which features it reads. */
export const TRAINERS: Record<ModelKind, { train: (examples: LabelledTokens[], vocabulary: Vocabulary) => LinearModel; features: (tokens: readonly string[], vocabulary: Vocabulary) => SparseFeatures }> = {
  // Calibrated, as the pipeline ships it: raw naive Bayes log-odds saturate the sigmoid at 1.
  'naive-bayes': {
    train: (examples, vocabulary) => trainCalibratedNaiveBayes(examples, vocabulary, stratifiedFolds(examples.map((e) => e.label), DEFAULT_FOLDS, 42)),
    features: naiveBayesFeatures,
  },
  'logistic-regression': { train: (examples, vocabulary) => trainLogisticRegression(examples, vocabulary), features: logisticFeatures },
};

export async function runEndToEnd(raw: RawMessage[], { kind, maxFalsePositiveRate = requirements.maxFalsePositiveRate }: EndToEndOptions): Promise<EndToEndRun> {
  // The data half is the pipeline's own: parse → clean → dedupe → splits, with its manifest.
  const prepared = await prepareData(raw);
  const stages = prepared.manifest.filter((row) => !row.stage.startsWith('split: ') || row.stage === 'split: time');
  const { train, validation, test } = prepared.splits.time;

  // Tokens come from the raw message through the reader the SpamFilter serves with, so the
  // model is trained on exactly what it will see.
  const rawById = new Map(raw.map((message) => [message.id, message.raw]));
  const tokensOf = (email: Email) => tokenize(readMessage(rawById.get(email.id)!));

  // Your part: five more rows, in this order, each { stage, in, out, notes }, where `in` and
  // `out` are the messages the stage reads and passes on:
  //
  //   vocabulary  train part          notes: tokens (the vocabulary's size), built on the train part's tokens only
  //   train       train part          notes: spam, ham (its messages), bias (of the model, rounded as the file stores it)
  //   threshold   validation part     notes: threshold, recall, 'false-positive rate' (the choice within maxFalsePositiveRate)
  //   evaluate    test part           notes: 'ROC AUC', recall, precision, 'false-positive rate',
  //                                          'false-positive rate, 95% upper bound' (Wilson interval of false positives among ham)
  //   SpamFilter  test part → classified by the filter built from the model file
  //                                   notes: 'same decision as evaluate' (messages the filter labels as the evaluation did)
  //
  // Then return the rows and the model file: toModelFile(model, { modelVersion: `${kind}-sample-${manifestHash}`,
  // kind, createdFrom: { corpus: `course sample, ${raw.length} messages`, manifestHash }, threshold,
  // metrics: { measuredOn: 'time-split test of the course sample', ...its test figures } }), where
  // manifestHash = fnv1a(JSON.stringify(stages)) of the rows up to and including evaluate.
  throw new Error('runEndToEnd: the vocabulary, train, threshold, evaluate and SpamFilter stages are not written yet');
}

/** FNV-1a, 32 bits, as 8 hex digits: names the run a model came from; not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
