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
  // Keeps the `limit` best seen so far, in order, rather than sorting every token of a long message.
  const best: Reason[] = [];
  for (let k = 0; k < features.indices.length; k++) {
    const i = features.indices[k];
    const reason = { token: model.vocabulary.tokens[i], weight: model.weights[i] * features.values[k] };
    if (best.length === limit) {
      if (limit === 0 || !before(reason, best[limit - 1])) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && before(reason, best[at - 1])) at--;
    best.splice(at, 0, reason);
  }
  return best;
}

/** Larger moves first; ties by token, so the order never depends on the model file's order. */
function before(a: Reason, b: Reason): boolean {
  return Math.abs(a.weight) > Math.abs(b.weight) || (Math.abs(a.weight) === Math.abs(b.weight) && a.token < b.token);
}
