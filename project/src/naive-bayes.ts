import { logOddsOf, softplus, type LinearModel } from './linear-model';
import type { Label } from './types';
import { countTokens, type SparseFeatures, type Vocabulary } from './vocabulary';

export interface LabelledTokens {
  tokens: string[];
  label: Label;
}

/**
 * Multinomial naive Bayes with Laplace smoothing, trained in one counting pass. In log space
 * the model is linear: each token adds log P(token | spam) − log P(token | ham) to the log-odds
 * once per occurrence, and the bias is the log prior odds.
 */
export function trainNaiveBayes(
  examples: readonly LabelledTokens[],
  vocabulary: Vocabulary,
  smoothing = 1,
): LinearModel {
  const counts = emptyCounts(vocabulary.tokens.length);
  for (const { tokens, label } of examples) addCounts(counts, naiveBayesFeatures(tokens, vocabulary), label);
  return modelFromCounts(counts, vocabulary, smoothing);
}

/** What naive Bayes learns from data: token counts and message counts per class. */
interface ClassCounts {
  tokens: Record<Label, Float64Array>;
  messages: Record<Label, number>;
}

function emptyCounts(size: number): ClassCounts {
  return { tokens: { spam: new Float64Array(size), ham: new Float64Array(size) }, messages: { spam: 0, ham: 0 } };
}

function addCounts(counts: ClassCounts, features: SparseFeatures, label: Label): void {
  counts.messages[label]++;
  const row = counts.tokens[label];
  for (let k = 0; k < features.indices.length; k++) row[features.indices[k]] += features.values[k];
}

/** `a − b`, or `a + b` with sign 1: counts add up, so a model without some messages is a subtraction away. */
function combineCounts(a: ClassCounts, b: ClassCounts, sign: 1 | -1): ClassCounts {
  const out = emptyCounts(a.tokens.spam.length);
  for (const label of ['spam', 'ham'] as const) {
    out.messages[label] = a.messages[label] + sign * b.messages[label];
    for (let i = 0; i < out.tokens[label].length; i++) out.tokens[label][i] = a.tokens[label][i] + sign * b.tokens[label][i];
  }
  return out;
}

function modelFromCounts(counts: ClassCounts, vocabulary: Vocabulary, smoothing: number): LinearModel {
  const size = vocabulary.tokens.length;
  const total = (row: Float64Array) => row.reduce((sum, count) => sum + count, 0);
  // Smoothing gives unseen (token, class) pairs a small probability instead of log(0).
  const spamDenominator = total(counts.tokens.spam) + smoothing * size;
  const hamDenominator = total(counts.tokens.ham) + smoothing * size;
  const weights = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    weights[i] = Math.log((counts.tokens.spam[i] + smoothing) / spamDenominator) - Math.log((counts.tokens.ham[i] + smoothing) / hamDenominator);
  }
  const bias = Math.log((counts.messages.spam + 1) / (counts.messages.ham + 1));
  return { vocabulary, bias, weights };
}

/** Naive Bayes reads raw counts: a token seen three times counts three times. */
export function naiveBayesFeatures(tokens: readonly string[], vocabulary: Vocabulary): SparseFeatures {
  return countTokens(tokens, vocabulary);
}

const TEMPERATURES = [1, 1.5, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120, 200];

/**
 * Naive Bayes counts every token as independent evidence, so its log-odds are wildly
 * overconfident: a long spam reaches +300, whose sigmoid is exactly 1.0 in floating point,
 * and a thousand messages tied at 1.0 leave no threshold to choose between them. Dividing
 * the log-odds by a temperature keeps the ranking and brings scores back into a usable
 * range; the temperature is the one with the lowest log loss on held-out log-odds.
 *
 * The held-out log-odds come from the training examples themselves, by cross-validation:
 * `folds` gives each example's fold, and each fold is scored by the model trained on the
 * others. Counts add up, so that model is the full counts minus the fold's: k folds cost k
 * subtractions, not k trainings. The one shortcut: the fold models share `vocabulary`, which
 * was built on all the examples (which tokens exist, not their labels). The model returned is
 * trained on every example, then divided by the temperature.
 */
export function trainCalibratedNaiveBayes(
  examples: readonly LabelledTokens[],
  vocabulary: Vocabulary,
  folds: readonly number[],
  smoothing = 1,
): LinearModel {
  const features = examples.map(({ tokens }) => naiveBayesFeatures(tokens, vocabulary));
  const byFold = new Map<number, ClassCounts>();
  let all = emptyCounts(vocabulary.tokens.length);
  examples.forEach(({ label }, i) => {
    if (!byFold.has(folds[i])) byFold.set(folds[i], emptyCounts(vocabulary.tokens.length));
    addCounts(byFold.get(folds[i])!, features[i], label);
  });
  for (const counts of byFold.values()) all = combineCounts(all, counts, 1);

  const heldOutLogOdds = new Array<number>(examples.length);
  for (const [fold, counts] of byFold) {
    const withoutFold = modelFromCounts(combineCounts(all, counts, -1), vocabulary, smoothing);
    examples.forEach((_, i) => {
      if (folds[i] === fold) heldOutLogOdds[i] = logOddsOf(withoutFold, features[i]);
    });
  }
  const logLoss = (temperature: number) =>
    examples.reduce((sum, { label }, i) => sum + softplus((label === 'spam' ? -1 : 1) * (heldOutLogOdds[i] / temperature)), 0);
  const best = TEMPERATURES.reduce((a, b) => (logLoss(b) < logLoss(a) ? b : a));

  const model = modelFromCounts(all, vocabulary, smoothing);
  return { vocabulary, bias: model.bias / best, weights: model.weights.map((w) => w / best) };
}
