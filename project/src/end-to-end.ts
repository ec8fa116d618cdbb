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
import { wilsonInterval } from './confidence';
import { evaluate, scoreEmails, type Scorer } from './evaluate';
import { logOddsOf, sigmoid, type LinearModel } from './linear-model';
import { logisticFeatures, trainLogisticRegression } from './logistic-regression';
import { roundParameters, toModelFile, type ModelFile, type ModelKind } from './model-file';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, type LabelledTokens } from './naive-bayes';
import { stratifiedFolds, DEFAULT_FOLDS } from './cross-validate';
import { prepareData } from './prepare-data';
import { readMessage } from './read-message';
import { requirements } from './requirements';
import { silentLogger, SpamFilter } from './spam-filter';
import { chooseThreshold } from './threshold';
import { tokenize } from './tokenize';
import type { Email, RawMessage, StageCount } from './types';
import { buildVocabulary, type SparseFeatures, type Vocabulary } from './vocabulary';

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

  const examples = train.map((email) => ({ tokens: tokensOf(email), label: email.label }));
  const vocabulary = buildVocabulary(examples.map((example) => example.tokens));
  stages.push({ stage: 'vocabulary', in: train.length, out: train.length, notes: { tokens: vocabulary.tokens.length } });

  const trainer = TRAINERS[kind];
  // Rounded as the model file stores it, so what is measured is what ships.
  const model = roundParameters(trainer.train(examples, vocabulary));
  const spam = train.filter((email) => email.label === 'spam').length;
  stages.push({ stage: 'train', in: train.length, out: train.length, notes: { spam, ham: train.length - spam, bias: model.bias } });

  const scorer: Scorer = (email) => sigmoid(logOddsOf(model, trainer.features(tokensOf(email), vocabulary)));
  const choice = chooseThreshold(scoreEmails(validation, scorer), maxFalsePositiveRate);
  stages.push({
    stage: 'threshold',
    in: validation.length,
    out: validation.length,
    notes: { threshold: choice.threshold, recall: choice.recall, 'false-positive rate': choice.falsePositiveRate },
  });

  const measured = evaluate(scoreEmails(test, scorer), choice.threshold, maxFalsePositiveRate);
  const fpInterval = wilsonInterval(measured.confusion.falsePositives, measured.ham);
  stages.push({
    stage: 'evaluate',
    in: test.length,
    out: test.length,
    notes: {
      'ROC AUC': measured.rocAuc,
      recall: measured.recall,
      precision: measured.precision,
      'false-positive rate': measured.falsePositiveRate,
      'false-positive rate, 95% upper bound': fpInterval.high,
    },
  });

  const { rocAuc, precision, recall, f1, falsePositiveRate } = measured;
  const manifestHash = fnv1a(JSON.stringify(stages));
  const modelFile = toModelFile(model, {
    modelVersion: `${kind}-sample-${manifestHash}`,
    kind,
    createdFrom: { corpus: `course sample, ${raw.length} messages`, manifestHash },
    threshold: choice.threshold,
    metrics: { measuredOn: 'time-split test of the course sample', rocAuc, precision, recall, f1, falsePositiveRate },
  });
  // The shipped filter classifies the test messages from their raw text: it must decide as the evaluation did.
  const filter = SpamFilter.fromModelFile(modelFile, { logger: silentLogger });
  const served = filter.classifyBatch(test.map((email) => rawById.get(email.id)!));
  const decided = test.map((email) => scorer(email) >= choice.threshold);
  const agreeing = served.filter((result, i) => result.ok && (result.classification.label === 'spam') === decided[i]).length;
  stages.push({ stage: 'SpamFilter', in: test.length, out: served.filter((result) => result.ok).length, notes: { 'same decision as evaluate': agreeing } });

  return { stages, modelFile };
}

/** FNV-1a, 32 bits, as 8 hex digits: names the run a model came from; not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
