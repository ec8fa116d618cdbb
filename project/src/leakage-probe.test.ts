import { describe, expect, it } from 'vitest';
import { probeTestLeakage } from './leakage-probe';
import type { Label, Split } from './types';
import { buildVocabulary } from './vocabulary';

interface Doc {
  tokens: string[];
  label: Label;
  score: number;
}
const doc = (tokens: string, label: Label, score: number): Doc => ({ tokens: tokens.split(' '), label, score });
const split: Split<Doc> = {
  train: [doc('free cash now', 'spam', 0.9), doc('free offer', 'spam', 0.7), doc('meeting notes', 'ham', 0.2), doc('notes agenda', 'ham', 0.4)],
  validation: [doc('cash prize', 'spam', 0.8), doc('agenda monday', 'ham', 0.3)],
  test: [doc('prize prize', 'spam', 0.6), doc('monday review', 'ham', 0.5), doc('review prize', 'spam', 0.35), doc('monday lunch', 'ham', 0.1)],
};
const options = { minDocumentFrequency: 2, maxSize: 100 };
const training = (s: Split<Doc>) => [...s.train, ...s.validation];
// The lowest score that flags no ham: a threshold picked from the scores it is given.
const strictest = (docs: Doc[]) => Math.max(...docs.filter((d) => d.label === 'ham').map((d) => d.score)) + 0.01;

describe('probeTestLeakage', () => {
  it('passes a procedure that fits on the training period only', () => {
    const report = probeTestLeakage(split, (s) => ({ vocabulary: buildVocabulary(training(s).map((d) => d.tokens), options).tokens, threshold: strictest(training(s)) }));
    expect(report).toEqual({ ok: true, leaks: [], problems: [] });
  });

  it('catches a vocabulary built on training and test messages, when the test text changes', () => {
    const report = probeTestLeakage(split, (s) => ({ vocabulary: buildVocabulary([...training(s), ...s.test].map((d) => d.tokens), options).tokens }));
    expect(report.ok).toBe(false);
    expect(report.leaks).toEqual([{ part: 'vocabulary', change: 'every other test message was left out' }]);
    expect(report.problems[0]).toMatch(/^vocabulary changed when every other test message was left out.*fitted or chosen on the test set/);
  });

  it('catches a threshold chosen on the test set, when the test labels change', () => {
    const report = probeTestLeakage(split, (s) => ({ vocabulary: buildVocabulary(training(s).map((d) => d.tokens), options).tokens, threshold: strictest(s.test) }));
    expect(report.leaks).toEqual([{ part: 'threshold', change: 'the test labels were flipped' }]);
  });

  it('compares typed arrays by value, and notices a part that appears only sometimes', () => {
    const stable = probeTestLeakage(split, () => ({ weights: Float64Array.from([1, 2]) }));
    expect(stable.ok).toBe(true);
    const sometimes = probeTestLeakage(split, (s) => (s.test.length === 4 ? { weights: [1] } : {}));
    expect(sometimes.leaks.map((leak) => leak.part)).toEqual(['weights']);
  });
});
