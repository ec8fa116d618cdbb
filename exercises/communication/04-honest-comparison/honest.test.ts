/**
 * Every pair of models on the project's test set, compared honestly: lost mail and spam caught.
 * A difference gets a claim only when its interval is on one side of 0.
 */
import { describe, expect, it } from 'vitest';
import results from 'dataset:results';
import { showTable } from 'course:display';
import { compareRates, describeComparison, type Named } from './compare-rates';

const models = Object.values(results.models);
const lost = (m: (typeof models)[number]): Named => ({ name: m.label, count: m.test.confusion.falsePositives, of: m.test.ham });
const caught = (m: (typeof models)[number]): Named => ({ name: m.label, count: m.test.confusion.truePositives, of: m.test.spam });
const pairs = models.flatMap((a, i) => models.slice(i + 1).map((b) => [a, b] as const));
const comparisons = pairs.flatMap(([a, b]) => [
  { what: 'legitimate mail lost', a: lost(a), b: lost(b) },
  { what: 'spam caught', a: caught(a), b: caught(b) },
]);

describe('the models compared on the test set', () => {
  it('says what each difference supports, and no more', () => {
    showTable(
      comparisons.map(({ what, a, b }) => ({ comparing: what, verdict: compareRates(a, b).verdict, sentence: describeComparison(a, b) })),
      'Every pair of models, compared: your sentences',
    );
    for (const { what, a, b } of comparisons) {
      const { low, high } = compareRates(a, b);
      const sentence = describeComparison(a, b);
      const label = `${what}, ${a.name} (${a.count} of ${a.of}) against ${b.name} (${b.count} of ${b.of}), interval ${low.toFixed(4)} to ${high.toFixed(4)}`;
      if (low <= 0 && high >= 0) expect(sentence, label).toContain('cannot tell them apart');
      else expect(sentence, label).toContain(`${a.name} is ${high < 0 ? 'lower' : 'higher'} by`);
    }
  });

  it('finds that the models beat the rules on spam caught', () => {
    const rules = models.find((m) => m.label === results.models.rules.label)!;
    for (const model of models.filter((m) => m !== rules)) {
      expect(compareRates(caught(rules), caught(model)).verdict, `rules against ${model.label}: spam caught`).toBe('lower');
    }
  });
});
