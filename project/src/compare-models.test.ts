import { describe, expect, it } from 'vitest';
import { assessModels, chooseModel, experimentLog, fitScorer, type ModelResult, type SplitAssessment } from './compare-models';
import { probeTestLeakage } from './leakage-probe';
import type { Email, Label, Split } from './types';

/** A message on day `day` of 2002: spam talks money, ham talks work, a few words vary. */
function email(day: number, label: Label): Email {
  const words = label === 'spam' ? ['free', 'money', 'win', 'cash', 'offer'] : ['meeting', 'agenda', 'notes', 'patch', 'review'];
  const text = Array.from({ length: 6 }, (_, i) => words[(day + i) % words.length]).join(' ');
  return {
    id: `${label}/${String(day).padStart(3, '0')}`,
    // Twenty days per group, so an evaluation's groups tell which days it scored.
    group: `days-${Math.floor(day / 20) * 20}`,
    label,
    headers: {},
    subject: label === 'spam' ? 'win' : 'notes',
    from: `${label}@example.org`,
    date: new Date(Date.UTC(2002, 0, 1 + day)).toISOString(),
    text,
    hasHtml: false,
    attachments: 0,
    sizeBytes: text.length,
  };
}

// 100 training days and 40 test days, every fourth message spam; shuffled, so order must come from dates.
const days = Array.from({ length: 140 }, (_, day) => email(day, day % 4 === 0 ? 'spam' : 'ham'));
const split: Split = {
  train: days.slice(0, 85).reverse(),
  validation: days.slice(85, 100),
  test: days.slice(100),
};
const tokensOf = (message: Email) => [...message.text.split(' '), `subject:${message.subject}`];
const result = (results: ModelResult[], name: string) => results.find((r) => r.name === name)!;

describe('assessModels', () => {
  it('with forward chaining, scores every block of the training period but the first, by models of the past', () => {
    const { results } = assessModels(split, tokensOf, { method: 'forward-chaining', folds: 5, seed: 1 });
    for (const r of results) {
      expect(r.heldOut.messages, `${r.name}: 100 training messages, the first block of 20 never held out`).toBe(80);
      expect(r.heldOut.byGroup.map((g) => g.group), `${r.name}: the oldest 20 days are only trained on`).toEqual(['days-20', 'days-40', 'days-60', 'days-80']);
      expect(r.test.messages, `${r.name}: every test message scored once`).toBe(40);
    }
  });

  it('with stratified k-fold, scores every training message', () => {
    const { results } = assessModels(split, tokensOf, { method: 'stratified-k-fold', folds: 5, seed: 1 });
    for (const r of results) expect(r.heldOut.messages, r.name).toBe(100);
  });

  it('keeps the false-positive rate of the chosen threshold within the limit on the held-out scores', () => {
    const { results } = assessModels(split, tokensOf, { method: 'forward-chaining', folds: 5, seed: 1 }, 0.05);
    for (const r of results) expect(r.threshold.falsePositiveRate, r.name).toBeLessThanOrEqual(0.05);
    expect(result(results, 'logistic-regression').heldOut.rocAuc, 'a separable toy set').toBe(1);
  });
});

describe('assessModels and the test set', () => {
  const parts = ({ fitted, results }: SplitAssessment) => ({
    vocabulary: fitted.find((m) => m.linear)!.linear!.vocabulary.tokens,
    ...Object.fromEntries(fitted.flatMap((m) => (m.linear ? [[`weights of ${m.name}`, m.linear.weights]] : []))),
    ...Object.fromEntries(results.map((r) => [`threshold of ${r.name}`, r.threshold.threshold])),
  });

  it('fits and chooses nothing on the test set, by either method', () => {
    for (const method of ['forward-chaining', 'stratified-k-fold'] as const) {
      const report = probeTestLeakage(split, (s) => parts(assessModels(s, tokensOf, { method, folds: 5, seed: 1 })));
      expect(report.problems, method).toEqual([]);
    }
  });

  it('returns the held-out scores each threshold was chosen on', () => {
    const { results, heldOutScores } = assessModels(split, tokensOf, { method: 'forward-chaining', folds: 5, seed: 1 });
    results.forEach((r, m) => {
      expect(heldOutScores[m], r.name).toHaveLength(r.heldOut.messages);
      expect(heldOutScores[m].filter((s) => s.score >= r.threshold.threshold && s.label === 'spam').length / r.heldOut.spam, r.name).toBe(r.threshold.recall);
    });
  });
});

describe('experimentLog', () => {
  it('puts each model\'s held-out promise next to its test outcome, in the order assessed', () => {
    const { results } = assessModels(split, tokensOf, { method: 'forward-chaining', folds: 5, seed: 1 });
    const log = experimentLog(results, 0.05);
    expect(log.map((row) => row.model)).toEqual(['rules', 'naive-bayes', 'logistic-regression']);
    results.forEach((r, i) =>
      expect(log[i]).toEqual({
        model: r.name,
        threshold: r.threshold.threshold,
        heldOutRecall: r.threshold.recall,
        heldOutFpr: r.threshold.falsePositiveRate,
        testRocAuc: r.test.rocAuc,
        testRecall: r.test.recall,
        testFpr: r.test.falsePositiveRate,
        testPrecision: r.test.precision,
        withinFprLimit: r.test.falsePositiveRate <= 0.05,
      }),
    );
  });
});

describe('fitScorer', () => {
  it('ranks long messages by log-odds, where probabilities would tie at exactly 1', () => {
    const train = days.slice(0, 100);
    const scorer = fitScorer('naive-bayes', train, tokensOf);
    // Two long spam, one a little less spammy: the sigmoid of both log-odds rounds to 1.
    const long = (words: string) => ({ ...email(1, 'spam'), text: Array(200).fill(words).join(' ') });
    const [a, b] = [scorer(long('free money win')), scorer(long('free money notes'))];
    expect(a, 'scores that still tell the two apart').toBeGreaterThan(b);
  });
});

describe('chooseModel', () => {
  const withRecall = (name: ModelResult['name'], recall: number) => ({ name, threshold: { threshold: 0.5, recall, falsePositiveRate: 0 } }) as ModelResult;
  it('ships the model with the higher held-out recall, naive Bayes on a tie', () => {
    expect(chooseModel([withRecall('naive-bayes', 0.7), withRecall('logistic-regression', 0.8)])).toBe('logistic-regression');
    expect(chooseModel([withRecall('naive-bayes', 0.8), withRecall('logistic-regression', 0.7)])).toBe('naive-bayes');
    expect(chooseModel([withRecall('naive-bayes', 0.8), withRecall('logistic-regression', 0.8)])).toBe('naive-bayes');
  });
});
