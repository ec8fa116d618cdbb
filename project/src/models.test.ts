import { describe, expect, it } from 'vitest';
import { logOddsOf, reasonsFor, sigmoid, type LinearModel } from './linear-model';
import { logisticFeatures, trainLogisticRegression } from './logistic-regression';
import { naiveBayesFeatures, trainCalibratedNaiveBayes, trainNaiveBayes, type LabelledTokens } from './naive-bayes';
import { buildVocabulary, type Vocabulary } from './vocabulary';

// A toy set a model must separate perfectly: spam talks money, ham talks work.
const examples: LabelledTokens[] = [
  { tokens: ['free', 'money', 'win', 'now'], label: 'spam' },
  { tokens: ['win', 'cash', 'free', 'prize'], label: 'spam' },
  { tokens: ['cheap', 'money', 'offer', 'now'], label: 'spam' },
  { tokens: ['meeting', 'agenda', 'notes', 'monday'], label: 'ham' },
  { tokens: ['patch', 'build', 'notes', 'review'], label: 'ham' },
  { tokens: ['agenda', 'review', 'monday', 'build'], label: 'ham' },
];
const vocabulary = buildVocabulary(examples.map((e) => e.tokens), { minDocumentFrequency: 1, maxSize: 100 });
const unseenSpam = ['free', 'cash', 'offer'];
const unseenHam = ['review', 'meeting', 'patch'];

type Features = (tokens: readonly string[], vocabulary: Vocabulary) => ReturnType<typeof naiveBayesFeatures>;
const score = (model: LinearModel, features: Features, tokens: string[]) => sigmoid(logOddsOf(model, features(tokens, model.vocabulary)));

describe('vocabulary', () => {
  it('keeps frequent tokens in a deterministic order and drops rare ones', () => {
    const vocab = buildVocabulary([['b', 'a', 'c'], ['a', 'b'], ['a']], { minDocumentFrequency: 2, maxSize: 10 });
    expect(vocab.tokens).toEqual(['a', 'b']);
    expect(buildVocabulary([['b', 'a'], ['a', 'b']], { minDocumentFrequency: 1, maxSize: 1 }).tokens).toEqual(['a']);
  });
});

describe('naive Bayes', () => {
  const model = trainNaiveBayes(examples, vocabulary);

  it('separates a toy set', () => {
    for (const e of examples) expect(score(model, naiveBayesFeatures, e.tokens) > 0.5).toBe(e.label === 'spam');
    expect(score(model, naiveBayesFeatures, unseenSpam)).toBeGreaterThan(0.9);
    expect(score(model, naiveBayesFeatures, unseenHam)).toBeLessThan(0.1);
  });

  it('gives a token seen equally in both classes no weight, and smooths unseen pairs', () => {
    const even = trainNaiveBayes(
      [
        { tokens: ['the', 'free'], label: 'spam' },
        { tokens: ['the', 'agenda'], label: 'ham' },
      ],
      buildVocabulary([['the', 'free', 'agenda']], { minDocumentFrequency: 1, maxSize: 10 }),
    );
    const weight = (token: string) => even.weights[even.vocabulary.index.get(token)!];
    expect(weight('the')).toBeCloseTo(0, 12);
    // (1+1)/(2+3) against (0+1)/(2+3): log 2.
    expect(weight('free')).toBeCloseTo(Math.log(2), 12);
    expect(even.bias).toBe(0);
  });

  it('explains a decision with the tokens that moved it most', () => {
    const reasons = reasonsFor(model, naiveBayesFeatures(['free', 'free', 'meeting'], vocabulary), 2);
    expect(reasons[0]).toMatchObject({ token: 'free' });
    expect(reasons[0].weight).toBeGreaterThan(0);
    expect(reasons[1]).toMatchObject({ token: 'meeting' });
    expect(reasons[1].weight).toBeLessThan(0);
  });

  it('lists the same reasons as sorting every token would, ties broken by token', () => {
    const tokens = Array.from({ length: 40 }, (_, i) => `t${i}`);
    // Few distinct weights, so many ties; features in a scrambled order.
    const tied: LinearModel = { vocabulary: { tokens, index: new Map(tokens.map((t, i) => [t, i])) }, bias: 0, weights: Float64Array.from(tokens, (_, i) => ((i * 7) % 5) - 2) };
    const indices = tokens.map((_, i) => (i * 17) % tokens.length);
    const features = { indices, values: indices.map((i) => 1 + (i % 3)) };
    const everyToken = indices
      .map((i, k) => ({ token: tokens[i], weight: tied.weights[i] * features.values[k] }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.token < b.token ? -1 : 1));
    for (const limit of [0, 1, 5, 40, 50]) expect(reasonsFor(tied, features, limit), `limit ${limit}`).toEqual(everyToken.slice(0, limit));
  });
});

describe('calibrated naive Bayes', () => {
  const folds = examples.map((_, i) => i % 3);
  const plain = trainNaiveBayes(examples, vocabulary);
  const calibrated = trainCalibratedNaiveBayes(examples, vocabulary, folds);

  it('is the model trained on every example, divided by one temperature of at least 1', () => {
    const temperature = plain.bias === 0 ? plain.weights[0] / calibrated.weights[0] : plain.bias / calibrated.bias;
    expect(temperature).toBeGreaterThanOrEqual(1);
    plain.weights.forEach((w, i) => expect(calibrated.weights[i] * temperature).toBeCloseTo(w, 10));
  });

  it('keeps the ranking and is deterministic for the same folds', () => {
    const ranked = (model: LinearModel) => examples.map((e) => logOddsOf(model, naiveBayesFeatures(e.tokens, vocabulary)));
    const order = (xs: number[]) => xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
    expect(order(ranked(calibrated))).toEqual(order(ranked(plain)));
    expect(Array.from(trainCalibratedNaiveBayes(examples, vocabulary, folds).weights)).toEqual(Array.from(calibrated.weights));
  });
});

describe('logistic regression', () => {
  const model = trainLogisticRegression(examples, vocabulary, { epochs: 50, learningRate: 0.5, l2: 1e-4, seed: 1 });

  it('separates a toy set', () => {
    for (const e of examples) expect(score(model, logisticFeatures, e.tokens) > 0.5).toBe(e.label === 'spam');
    expect(score(model, logisticFeatures, unseenSpam)).toBeGreaterThan(0.6);
    expect(score(model, logisticFeatures, unseenHam)).toBeLessThan(0.4);
  });

  it('is deterministic for a seed', () => {
    const again = trainLogisticRegression(examples, vocabulary, { epochs: 50, learningRate: 0.5, l2: 1e-4, seed: 1 });
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });

  it('reports each epoch and a log loss that falls as it learns', () => {
    const progress: { epoch: number; logLoss: number }[] = [];
    const again = trainLogisticRegression(examples, vocabulary, { epochs: 5, learningRate: 0.5, l2: 1e-4, seed: 1, onEpoch: (p) => progress.push(p) });
    expect(progress.map((p) => p.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(progress[0].logLoss, 'first epoch: the model starts at weights 0, a loss of log 2 per example').toBeCloseTo(Math.log(2), 1);
    for (let i = 1; i < progress.length; i++) expect(progress[i].logLoss).toBeLessThan(progress[i - 1].logLoss);
    const quiet = trainLogisticRegression(examples, vocabulary, { epochs: 5, learningRate: 0.5, l2: 1e-4, seed: 1 });
    expect(Array.from(again.weights), 'watching does not change the model').toEqual(Array.from(quiet.weights));
  });

  it('uses unit-length features so long and short messages share a scale', () => {
    const features = logisticFeatures(['free', 'free', 'money'], vocabulary);
    expect(Math.hypot(...features.values)).toBeCloseTo(1, 12);
  });
});
