import type { SparseFeatures, Vocabulary } from './vocabulary';

/**
 * Both models in this project end up as one weight per vocabulary token plus a bias: naive
 * Bayes in closed form, logistic regression by gradient descent. Scoring and explaining a
 * decision is therefore the same code for both.
 */
export interface LinearModel {
  vocabulary: Vocabulary;
  bias: number;
  weights: Float64Array;
}

export interface Reason {
  token: string;
  /** How far this token moved the log-odds: positive towards spam, negative towards ham. */
  weight: number;
}

export function sigmoid(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/** log(1 + e^x) without overflow: the log loss of a logit x on the wrong side. */
export function softplus(x: number): number {
  return x > 30 ? x : Math.log1p(Math.exp(x));
}

export function logOddsOf(model: LinearModel, features: SparseFeatures): number {
  let sum = model.bias;
  for (let k = 0; k < features.indices.length; k++) sum += model.weights[features.indices[k]] * features.values[k];
  return sum;
}

/** The tokens that moved the decision most, in either direction, largest first. */
export function reasonsFor(model: LinearModel, features: SparseFeatures, limit: number): Reason[] {
  return features.indices
    .map((i, k) => ({ token: model.vocabulary.tokens[i], weight: model.weights[i] * features.values[k] }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.token < b.token ? -1 : 1))
    .slice(0, limit);
}
