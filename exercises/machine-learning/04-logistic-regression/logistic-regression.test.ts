import { beforeAll, describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { logOddsOf, sigmoid, type LinearModel } from '@project/linear-model';
import { rocAuc, rocCurve } from '@project/metrics';
import { applyRules } from '@project/rules';
import { readSample } from '@project/sample-data';
import { buildVocabulary, vocabularyOf } from '@project/vocabulary';
import { DEFAULT_LOGISTIC_REGRESSION_OPTIONS, logisticFeatures, trainLogisticRegression, type EpochProgress } from './logistic-regression';

const vocabulary = vocabularyOf(['free', 'meeting', 'cash']);
const weightOf = (model: LinearModel, token: string) => model.weights[model.vocabulary.index.get(token)!];
const asMap = ({ indices, values }: { indices: number[]; values: number[] }) => Object.fromEntries(indices.map((i, k) => [vocabulary.tokens[i], values[k]]));

describe('logisticFeatures', () => {
  it('takes the log of 1 + each count, then scales the message to length 1', () => {
    // "free" 3 times and "cash" once: log 4 = 2 log 2 and log 2; the length is log 2 × √5.
    const features = asMap(logisticFeatures(['free', 'free', 'cash', 'free'], vocabulary));
    expect(features.free, '2 / √5').toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(features.cash, '1 / √5').toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('gives a one-word message the value 1, however often the word repeats', () => {
    expect(logisticFeatures(['cash', 'cash', 'cash', 'cash'], vocabulary)).toEqual({ indices: [2], values: [1] });
  });

  it('ignores unknown words, and leaves a message with no known word empty (no NaN)', () => {
    expect(asMap(logisticFeatures(['free', 'lottery'], vocabulary)), '"lottery" is not in the vocabulary').toEqual({ free: 1 });
    expect(logisticFeatures(['lottery', 'prize'], vocabulary)).toEqual({ indices: [], values: [] });
    expect(logisticFeatures([], vocabulary)).toEqual({ indices: [], values: [] });
  });
});

describe('trainLogisticRegression, one example at a time', () => {
  const spam = [{ tokens: ['free'], label: 'spam' as const }];
  const options = (epochs: number, l2 = 0) => ({ epochs, learningRate: 0.5, l2, seed: 1 });

  it('takes one gradient step: from log-odds 0 the error is ½ − 1, so bias and weight both move up by 0.5 × ½', () => {
    const model = trainLogisticRegression(spam, vocabulary, options(1));
    expect(model.bias, 'bias 0 − 0.5 × (½ − 1)').toBeCloseTo(0.25, 12);
    expect(weightOf(model, 'free'), 'weight 0 − 0.5 × (½ − 1) × 1').toBeCloseTo(0.25, 12);
    expect(weightOf(model, 'meeting'), 'a word the example does not have stays at 0').toBe(0);
    const twoWords = trainLogisticRegression([{ tokens: ['free', 'cash'], label: 'spam' }], vocabulary, options(1));
    expect(weightOf(twoWords, 'cash'), 'each value is 1/√2: the weight moves by 0.5 × ½ × 1/√2').toBeCloseTo(0.25 / Math.SQRT2, 12);
  });

  it('moves towards ham for a ham example', () => {
    const model = trainLogisticRegression([{ tokens: ['meeting'], label: 'ham' }], vocabulary, options(1));
    expect(model.bias, 'error ½ − 0').toBeCloseTo(-0.25, 12);
    expect(weightOf(model, 'meeting')).toBeCloseTo(-0.25, 12);
  });

  it('halves the learning rate in the second epoch', () => {
    const model = trainLogisticRegression(spam, vocabulary, options(2));
    // Epoch 2 starts at log-odds 0.25 + 0.25 = 0.5, with a learning rate of 0.5 / 2.
    const error = sigmoid(0.5) - 1;
    expect(model.bias, '0.25 − 0.25 × error').toBeCloseTo(0.25 - 0.25 * error, 12);
    expect(weightOf(model, 'free'), '0.25 − 0.25 × error × 1').toBeCloseTo(0.25 - 0.25 * error, 12);
  });

  it('pulls the weights, not the bias, towards 0 with the L2 penalty', () => {
    const model = trainLogisticRegression(spam, vocabulary, options(2, 0.1));
    const error = sigmoid(0.5) - 1;
    expect(weightOf(model, 'free'), 'epoch 2: 0.25 − 0.25 × (error × 1 + 0.1 × 0.25)').toBeCloseTo(0.25 - 0.25 * (error + 0.1 * 0.25), 12);
    expect(model.bias, 'the bias is not penalised').toBeCloseTo(0.25 - 0.25 * error, 12);
  });

  it('reports every epoch with its mean log loss', () => {
    const progress: EpochProgress[] = [];
    trainLogisticRegression(spam, vocabulary, { ...options(3), onEpoch: (p) => progress.push(p) });
    expect(progress.map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(progress[0].logLoss, 'the first step starts at log-odds 0: log 2').toBeCloseTo(Math.log(2), 12);
    expect(progress[1].logLoss, 'the second at log-odds 0.5').toBeCloseTo(Math.log(1 + Math.exp(-0.5)), 12);
  });
});

describe('on the sample: train on the training period, score the test period', () => {
  const { split, tokensOf } = readSample(sample);
  // Trained once, before the tests. An error is kept and thrown by each test, so that a crash
  // fails every test with its message instead of skipping them.
  let trained: { progress: EpochProgress[]; scores: { id: string; label: 'spam' | 'ham'; score: number }[] } | Error;
  beforeAll(() => {
    try {
      trained = trainOnSample();
    } catch (error) {
      trained = error instanceof Error ? error : new Error(String(error));
    }
  }, 60_000);
  const train = () => {
    if (trained instanceof Error) throw trained;
    return trained;
  };
  const trainOnSample = () => {
    const labelled = [...split.train, ...split.validation].map((email) => ({ tokens: tokensOf(email), label: email.label }));
    const vocabulary = buildVocabulary(labelled.map((e) => e.tokens));
    const progress: EpochProgress[] = [];
    const started = performance.now();
    const model = trainLogisticRegression(labelled, vocabulary, {
      ...DEFAULT_LOGISTIC_REGRESSION_OPTIONS,
      onEpoch: (p) => {
        progress.push(p);
        console.log(`epoch ${p.epoch} of ${DEFAULT_LOGISTIC_REGRESSION_OPTIONS.epochs}: mean log loss ${p.logLoss.toFixed(4)} (${Math.round(performance.now() - started)} ms)`);
      },
    });
    const scores = split.test.map((email) => ({ id: email.id, label: email.label, score: sigmoid(logOddsOf(model, logisticFeatures(tokensOf(email), vocabulary))) }));
    return { progress, scores };
  };

  it('learns: the training loss falls from the first epoch to the last', () => {
    const { progress } = train();
    expect(progress, `${DEFAULT_LOGISTIC_REGRESSION_OPTIONS.epochs} epochs reported`).toHaveLength(DEFAULT_LOGISTIC_REGRESSION_OPTIONS.epochs);
    expect(progress.at(-1)!.logLoss, `first epoch ${progress[0].logLoss.toFixed(4)}, last ${progress.at(-1)!.logLoss.toFixed(4)}`).toBeLessThan(progress[0].logLoss);
  });

  it('scores every test message between 0 and 1', () => {
    for (const { id, score } of train().scores) expect(score > 0 && score < 1, `${id}: score ${score}`).toBe(true);
  });

  it('ranks the test messages better than the rules baseline (ROC AUC)', () => {
    const auc = rocAuc(rocCurve(train().scores));
    const rules = rocAuc(rocCurve(split.test.map((email) => ({ label: email.label, score: applyRules(email).score }))));
    console.log(`ROC AUC on ${split.test.length} test messages: logistic regression ${auc.toFixed(3)}, rules ${rules.toFixed(3)}`);
    expect(auc, `logistic regression ${auc.toFixed(3)} against the rules' ${rules.toFixed(3)}`).toBeGreaterThan(rules);
  });
});
