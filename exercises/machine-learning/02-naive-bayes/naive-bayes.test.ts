import { beforeAll, describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { logOddsOf, sigmoid, type LinearModel } from '@project/linear-model';
import { rocAuc, rocCurve } from '@project/metrics';
import { applyRules } from '@project/rules';
import { readSample } from '@project/sample-data';
import { buildVocabulary, vocabularyOf } from '@project/vocabulary';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, trainNaiveBayes, type LabelledTokens } from './naive-bayes';

const example = (tokens: string, label: LabelledTokens['label']): LabelledTokens => ({ tokens: tokens.split(' '), label });
const weightOf = (model: LinearModel, token: string) => model.weights[model.vocabulary.index.get(token)!];

// Worked out by hand. Spam token counts: free 3, meeting 0, the 1 (4 in all); ham: free 0,
// meeting 1, the 1 (2 in all); "lottery" is not in the vocabulary. With smoothing 1 and 3
// tokens: P(free | spam) = (3+1)/(4+3) = 4/7 and P(free | ham) = (0+1)/(2+3) = 1/5.
const vocabulary = vocabularyOf(['free', 'meeting', 'the']);
const examples = [example('free free the lottery', 'spam'), example('meeting the', 'ham'), example('free', 'spam')];

describe('trainNaiveBayes', () => {
  const model = trainNaiveBayes(examples, vocabulary);

  it('gives each token the log of P(token | spam) / P(token | ham), counting every occurrence', () => {
    expect(weightOf(model, 'free'), 'log((4/7) / (1/5)): "free" three times in spam').toBeCloseTo(Math.log(20 / 7), 12);
    expect(weightOf(model, 'meeting'), 'log((1/7) / (2/5)): seen in ham only').toBeCloseTo(Math.log(5 / 14), 12);
    expect(weightOf(model, 'the'), 'log((2/7) / (2/5)): once in each, but spam has more tokens').toBeCloseTo(Math.log(5 / 7), 12);
  });

  it('sets the bias to the log prior odds, log((2 spam + 1) / (1 ham + 1))', () => {
    expect(model.bias).toBeCloseTo(Math.log(3 / 2), 12);
  });

  it('uses the smoothing it is given', () => {
    const half = trainNaiveBayes(examples, vocabulary, 0.5);
    expect(weightOf(half, 'free'), 'log((3.5/5.5) / (0.5/3.5))').toBeCloseTo(Math.log(3.5 / 5.5 / (0.5 / 3.5)), 12);
    expect(weightOf(half, 'meeting'), 'log((0.5/5.5) / (1.5/3.5))').toBeCloseTo(Math.log(0.5 / 5.5 / (1.5 / 3.5)), 12);
    expect(half.bias, 'the prior does not depend on the smoothing').toBeCloseTo(Math.log(3 / 2), 12);
  });

  it('gives a token seen equally often in two classes of equal size no weight', () => {
    const even = trainNaiveBayes([example('the free', 'spam'), example('the meeting', 'ham')], vocabulary);
    expect(weightOf(even, 'the'), '1 of 2 tokens in each class').toBeCloseTo(0, 12);
    expect(even.bias, 'one message of each').toBe(0);
  });

  it('learns from ham alone without dividing by zero', () => {
    const hamOnly = trainNaiveBayes([example('meeting the', 'ham'), example('the', 'ham')], vocabulary);
    expect(hamOnly.bias, 'log((0 + 1) / (2 + 1))').toBeCloseTo(Math.log(1 / 3), 12);
    expect(Array.from(hamOnly.weights).every(Number.isFinite), 'smoothing keeps every weight finite').toBe(true);
    expect(weightOf(hamOnly, 'free'), 'log((0+1)/(0+3)) − log((0+1)/(3+3))').toBeCloseTo(Math.log(2), 12);
  });

  it('returns the vocabulary it was given, one weight per token', () => {
    expect(model.vocabulary).toBe(vocabulary);
    expect(model.weights).toHaveLength(3);
  });
});

describe('on the sample: train on the training period, score the test period', () => {
  const { split, tokensOf } = readSample(sample);
  const training = [...split.train, ...split.validation];
  const labelled = training.map((email) => ({ tokens: tokensOf(email), label: email.label }));
  const sampleVocabulary = buildVocabulary(labelled.map((e) => e.tokens));
  // Trained once, before the tests. An error is kept and thrown by each test, so that a crash
  // fails every test with its message instead of skipping them.
  let model: LinearModel | Error;
  beforeAll(() => {
    const started = performance.now();
    try {
      model = trainNaiveBayes(labelled, sampleVocabulary);
    } catch (error) {
      model = error instanceof Error ? error : new Error(String(error));
    }
    console.log(`naive Bayes trained on ${labelled.length} messages (${sampleVocabulary.tokens.length} tokens) in ${Math.round(performance.now() - started)} ms`);
  }, 60_000);
  const trained = () => {
    if (model instanceof Error) throw model;
    return model;
  };
  const logOdds = (email: (typeof split.test)[number]) => logOddsOf(trained(), naiveBayesFeatures(tokensOf(email), sampleVocabulary));

  it('ranks the test messages better than the rules baseline (ROC AUC)', () => {
    const model = rocAuc(rocCurve(split.test.map((email) => ({ label: email.label, score: logOdds(email) }))));
    const rules = rocAuc(rocCurve(split.test.map((email) => ({ label: email.label, score: applyRules(email).score }))));
    console.log(`ROC AUC on ${split.test.length} test messages: naive Bayes ${model.toFixed(3)}, rules ${rules.toFixed(3)}`);
    expect(model, `naive Bayes ${model.toFixed(3)} against the rules' ${rules.toFixed(3)}`).toBeGreaterThan(rules);
  });

  it('is overconfident: long messages reach log-odds in the hundreds, which calibration tames', () => {
    const extreme = split.test.reduce((a, b) => (Math.abs(logOdds(b)) > Math.abs(logOdds(a)) ? b : a));
    console.log(`most extreme test message: ${extreme.id}, log-odds ${logOdds(extreme).toFixed(1)}, score ${sigmoid(logOdds(extreme))}`);
    expect(Math.abs(logOdds(extreme)), `${extreme.id}: ${tokensOf(extreme).length} tokens, each counted as independent evidence`).toBeGreaterThan(50);
    const folds = labelled.map((_, i) => i % 5);
    const calibrated = trainCalibratedNaiveBayes(labelled, sampleVocabulary, folds);
    const tamed = logOddsOf(calibrated, naiveBayesFeatures(tokensOf(extreme), sampleVocabulary));
    expect(Math.abs(tamed), `${extreme.id}: divided by a temperature above 1`).toBeLessThan(Math.abs(logOdds(extreme)));
  });

  it('gives spam tokens positive weights and ham tokens negative ones', () => {
    const strongest = [...sampleVocabulary.tokens].sort((a, b) => weightOf(trained(), b) - weightOf(trained(), a));
    console.log(`most spammy tokens: ${strongest.slice(0, 10).join(' ')}; most hammy: ${strongest.slice(-10).join(' ')}`);
    const spamCount = (token: string) => labelled.filter((e) => e.label === 'spam' && e.tokens.includes(token)).length;
    const hamCount = (token: string) => labelled.filter((e) => e.label === 'ham' && e.tokens.includes(token)).length;
    for (const token of strongest.slice(0, 10)) expect(spamCount(token), `"${token}" (weight ${weightOf(trained(), token).toFixed(2)}): spam messages with it`).toBeGreaterThan(hamCount(token));
    for (const token of strongest.slice(-10)) expect(hamCount(token), `"${token}" (weight ${weightOf(trained(), token).toFixed(2)}): ham messages with it`).toBeGreaterThan(spamCount(token));
  });
});
