import { beforeAll, describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import sample from 'dataset:sample';
import { probeTestLeakage } from '@project/leakage-probe';
import { logOddsOf, sigmoid } from '@project/linear-model';
import { logisticFeatures } from '@project/logistic-regression';
import { naiveBayesFeatures } from '@project/naive-bayes';
import { byDateThenId } from '@project/order';
import { requirements } from '@project/requirements';
import { applyRules } from '@project/rules';
import { readSample } from '@project/sample-data';
import { chooseThreshold } from '@project/threshold';
import { buildVocabulary } from '@project/vocabulary';
import { assessModels, DEFAULT_SELECTION, experimentLog, trainingPeriod, type ModelResult, type SplitAssessment } from './compare-models';

const { split, tokensOf } = readSample(sample);
const training = trainingPeriod(split);
const limit = requirements.maxFalsePositiveRate;
const testIds = new Set(split.test.map((email) => email.id));
// Assessed once, before the tests. An error is kept and thrown by each test, so that a crash
// fails every test with its message instead of skipping them.
let assessed: SplitAssessment | Error;
beforeAll(() => {
  try {
    assessed = assessModels(split, tokensOf);
  } catch (error) {
    assessed = error instanceof Error ? error : new Error(String(error));
  }
}, 60_000);
const assess = () => {
  if (assessed instanceof Error) throw assessed;
  return assessed;
};
const modelOf = (name: string) => assess().fitted.find((model) => model.name === name);

describe('fitModels (the models refitted on the sample’s training period)', () => {
  it('fits the rules, naive Bayes and logistic regression, in that order', () => {
    expect(assess().fitted.map((model) => model.name)).toEqual(['rules', 'naive-bayes', 'logistic-regression']);
  });

  it('builds one vocabulary, on the training messages only', () => {
    const expected = buildVocabulary(training.map(tokensOf)).tokens;
    for (const name of ['naive-bayes', 'logistic-regression']) {
      const tokens = modelOf(name)?.linear?.vocabulary.tokens ?? [];
      const unexpected = tokens.filter((token) => !expected.includes(token));
      expect(unexpected, `${name}: tokens the training messages do not justify (seen in test messages?)`).toEqual([]);
      expect(tokens.length, `${name}: the vocabulary of the ${training.length} training messages`).toBe(expected.length);
    }
  });

  it('calibrates naive Bayes: no test message scores exactly 1', () => {
    const scorer = modelOf('naive-bayes')!.scorer;
    const atOne = split.test.filter((email) => scorer(email) === 1);
    expect(atOne.map((email) => email.id), `${atOne.length} test messages tie at exactly 1: uncalibrated naive Bayes (use trainCalibratedNaiveBayes)`).toEqual([]);
  });

  it('rounds the weights to 6 decimals, as the model file stores them', () => {
    for (const name of ['naive-bayes', 'logistic-regression']) {
      const { weights, bias } = modelOf(name)!.linear!;
      const unrounded = [bias, ...weights].filter((w) => Math.round(w * 1e6) / 1e6 !== w);
      expect(unrounded.slice(0, 3), `${name}: ${unrounded.length} parameters not rounded with roundParameters`).toEqual([]);
    }
  });

  it('scores each model with its own features, and the rules with the rules', () => {
    const nb = modelOf('naive-bayes')!;
    const lr = modelOf('logistic-regression')!;
    for (const email of split.test.slice(0, 10)) {
      const tokens = tokensOf(email);
      expect(nb.scorer(email), `${email.id}: naive Bayes reads counts`).toBe(sigmoid(logOddsOf(nb.linear!, naiveBayesFeatures(tokens, nb.linear!.vocabulary))));
      expect(lr.scorer(email), `${email.id}: logistic regression reads scaled counts`).toBe(sigmoid(logOddsOf(lr.linear!, logisticFeatures(tokens, lr.linear!.vocabulary))));
      expect(modelOf('rules')!.scorer(email), `${email.id}: the rules baseline`).toBe(applyRules(email).score);
    }
  });
});

describe('assessModels (forward chaining over the sample’s training period)', () => {
  const firstBlock = Math.round(training.length / DEFAULT_SELECTION.folds);

  it('holds out every training message but the first block, and scores every test message once', () => {
    for (const result of assess().results) {
      expect(result.heldOut.messages, `${result.name}: ${training.length} training messages, the oldest ${firstBlock} only trained on`).toBe(training.length - firstBlock);
      expect(result.test.messages, `${result.name}: the ${split.test.length} test messages`).toBe(split.test.length);
    }
  });

  it('chooses each threshold on held-out scores of the training period, never on test messages', () => {
    assess().results.forEach((result, m) => {
      const pooled = assess().heldOutScores[m] ?? [];
      const fromTest = pooled.filter((scored) => testIds.has(scored.id));
      expect(fromTest.map((scored) => scored.id), `${result.name}: test messages among the scores the threshold was chosen on`).toEqual([]);
      expect(pooled.length, `${result.name}: one held-out score per held-out message`).toBe(result.heldOut.messages);
      const inTime = [...training].sort(byDateThenId).slice(Math.round(training.length / DEFAULT_SELECTION.folds));
      expect(pooled.map((scored) => `${scored.id} ${scored.label}`), `${result.name}: every training message after the oldest block, oldest first, with its own label`).toEqual(inTime.map((email) => `${email.id} ${email.label}`));
      expect(pooled.every((scored) => scored.score >= 0 && scored.score <= 1), `${result.name}: scores between 0 and 1`).toBe(true);
      expect(result.threshold, `${result.name}: the highest recall within ${limit * 100}% false positives on the held-out scores`).toEqual(chooseThreshold(pooled, limit));
    });
  });

  it('measures the held-out scores and the test set at that same threshold', () => {
    for (const result of assess().results) {
      expect(result.heldOut.threshold, `${result.name}: held out`).toBe(result.threshold.threshold);
      expect(result.test.threshold, `${result.name}: test, at the threshold chosen before seeing it`).toBe(result.threshold.threshold);
    }
  });

  it('fits and chooses nothing on the test set (the same procedure with only the test set changed)', () => {
    const parts = ({ fitted, results }: SplitAssessment) => ({
      vocabulary: fitted.find((model) => model.linear)?.linear?.vocabulary.tokens,
      ...Object.fromEntries(fitted.flatMap((model) => (model.linear ? [[`the weights of ${model.name}`, model.linear.weights]] : []))),
      ...Object.fromEntries(results.map((result) => [`the threshold of ${result.name}`, result.threshold.threshold])),
    });
    // Two blocks instead of five keep the three runs quick; the procedure is the same.
    const report = probeTestLeakage(split, (changed) => parts(assessModels(changed, tokensOf, { ...DEFAULT_SELECTION, folds: 2 })));
    expect(report.problems, 'what moved when only the test set changed').toEqual([]);
  });

  it('ranks the test messages better than the rules baseline, with both models', () => {
    const auc = (name: string) => assess().results.find((result) => result.name === name)?.test.rocAuc ?? 0;
    for (const name of ['naive-bayes', 'logistic-regression']) {
      expect(auc(name), `${name} ${auc(name).toFixed(3)} against the rules' ${auc('rules').toFixed(3)} on ${split.test.length} test messages`).toBeGreaterThan(auc('rules'));
    }
  });
});

describe('experimentLog', () => {
  it('puts each model’s held-out promise next to its test outcome, in the order assessed', () => {
    const log = experimentLog(assess().results);
    showTable(log, 'Your experiment log: the sample’s time split');
    expect(log.map((row) => row.model)).toEqual(['rules', 'naive-bayes', 'logistic-regression']);
    assess().results.forEach((result, i) => {
      expect(log[i], result.name).toEqual({
        model: result.name,
        threshold: result.threshold.threshold,
        heldOutRecall: result.threshold.recall,
        heldOutFpr: result.threshold.falsePositiveRate,
        testRocAuc: result.test.rocAuc,
        testRecall: result.test.recall,
        testFpr: result.test.falsePositiveRate,
        testPrecision: result.test.precision,
        withinFprLimit: result.test.falsePositiveRate <= limit,
      });
    });
  });

  it('counts a test false-positive rate exactly at the limit as within it', () => {
    const atLimit = { ...assess().results[1], test: { ...assess().results[1].test, falsePositiveRate: 0.01 } } satisfies ModelResult;
    const over = { ...atLimit, test: { ...atLimit.test, falsePositiveRate: 0.0101 } } satisfies ModelResult;
    expect(experimentLog([atLimit, over], 0.01).map((row) => row.withinFprLimit), 'at 1%: within; just over: not').toEqual([true, false]);
  });
});
