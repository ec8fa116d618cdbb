import { logOddsOf, sigmoid, softplus, type LinearModel } from '@project/linear-model';
import type { LabelledTokens } from '@project/naive-bayes';
import { mulberry32, shuffled } from '@project/random';
import { countTokens, type SparseFeatures, type Vocabulary } from '@project/vocabulary';

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
  // Your code: each count c becomes log(1 + c) (Math.log1p), then every value is divided by the
  // vector's length, √(sum of squares), so that the message has length 1. A message with no
  // known token stays empty; nothing may become NaN.
  return counts;
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
    // Your code: the learning rate decays, options.learningRate / (1 + epoch).
    const rate = options.learningRate;
    let loss = 0;
    for (const { x, y } of shuffled(data, random)) {
      const logOdds = logOddsOf(model, x);
      loss += softplus(y === 1 ? -logOdds : logOdds);
      // Your code: one step of gradient descent on this example's log loss. The gradient with
      // respect to the log-odds is sigmoid(logOdds) − y; see the lesson for the bias, the weights
      // the example touches, and the L2 penalty on those weights.
    }
    options.onEpoch?.({ epoch: epoch + 1, logLoss: data.length === 0 ? 0 : loss / data.length });
  }
  return model;
}
