import { logOddsOf, sigmoid, softplus, type LinearModel } from './linear-model';
import type { LabelledTokens } from './naive-bayes';
import { mulberry32, shuffled } from './random';
import { countTokens, type SparseFeatures, type Vocabulary } from './vocabulary';

export interface LogisticRegressionOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: pulls weights of rare tokens towards 0 so no single word decides alone. */
  l2: number;
  seed: number;
  /** Called after each epoch: a long training run can show its progress and whether it converges. */
  onEpoch?: (progress: EpochProgress) => void;
}

export interface EpochProgress {
  /** 1 for the first epoch. */
  epoch: number;
  /** Mean log loss of the examples during the epoch, each measured just before its own update. */
  logLoss: number;
}

export const DEFAULT_LOGISTIC_REGRESSION_OPTIONS: LogisticRegressionOptions = {
  epochs: 8,
  learningRate: 0.5,
  l2: 1e-5,
  seed: 42,
};

/**
 * Log-scaled counts, normalised to unit length: long newsletters and three-line spams then
 * sit on the same scale, which keeps one learning rate right for both. The scaling is per
 * message, so nothing is fitted on the data (no mean or spread that test messages could leak
 * into), and a sparse message stays sparse, which standardising each column would undo.
 */
export function logisticFeatures(tokens: readonly string[], vocabulary: Vocabulary): SparseFeatures {
  const counts = countTokens(tokens, vocabulary);
  const values = counts.values.map((count) => Math.log1p(count));
  let squares = 0;
  for (const value of values) squares += value * value;
  // Not Math.hypot: it is several times slower. Every count is at least 1, so norm is 0 only
  // when there are no values to divide.
  const norm = Math.sqrt(squares);
  return { indices: counts.indices, values: values.map((value) => value / norm) };
}

/**
 * Logistic regression by stochastic gradient descent over a seeded shuffle of the examples
 * each epoch, with a learning rate that decays per epoch. The L2 penalty is applied to the
 * weights an example touches (the usual sparse shortcut), so an update costs O(tokens).
 */
export function trainLogisticRegression(
  examples: readonly LabelledTokens[],
  vocabulary: Vocabulary,
  options: LogisticRegressionOptions = DEFAULT_LOGISTIC_REGRESSION_OPTIONS,
): LinearModel {
  const model: LinearModel = { vocabulary, bias: 0, weights: new Float64Array(vocabulary.tokens.length) };
  const data = examples.map(({ tokens, label }) => ({ x: logisticFeatures(tokens, vocabulary), y: label === 'spam' ? 1 : 0 }));
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch);
    let loss = 0;
    for (const { x, y } of shuffled(data, random)) {
      const logOdds = logOddsOf(model, x);
      loss += softplus(y === 1 ? -logOdds : logOdds);
      const error = sigmoid(logOdds) - y;
      model.bias -= rate * error;
      x.indices.forEach((i, k) => {
        model.weights[i] -= rate * (error * x.values[k] + options.l2 * model.weights[i]);
      });
    }
    options.onEpoch?.({ epoch: epoch + 1, logLoss: data.length === 0 ? 0 : loss / data.length });
  }
  return model;
}
