import { describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import sample from 'dataset:sample';
import { wilsonInterval } from '@project/confidence';
import { ASSUMED_COSTS, costPer10k } from '@project/costs';
import { confusionMatrix, type Scored } from '@project/metrics';
import { requirements } from '@project/requirements';
import { applyRules } from '@project/rules';
import { readSample } from '@project/sample-data';
import { cheapestThreshold, chooseThreshold } from './threshold';

const s = (label: Scored['label'], score: number): Scored => ({ label, score });
const Z95 = 1.959964;
// 400 ham scoring 0.000 … 0.398 and one at 0.95; 4 spam at 0.97, 0.9, 0.8, 0.5. In no order.
const heldOut: Scored[] = [
  s('spam', 0.5),
  ...Array.from({ length: 399 }, (_, i) => s('ham', i / 1000)),
  s('spam', 0.97),
  s('ham', 0.95),
  s('spam', 0.8),
  s('spam', 0.9),
];
const costs = { falsePositive: 50, falseNegative: 1 };

describe('cheapestThreshold', () => {
  it('within the limit, picks the threshold whose mistakes cost least, with its counts and cost', () => {
    // 0.97: no ham lost, 3 spam missed: 3 per 404 messages. 0.5 catches all spam but loses a ham: 50.
    expect(cheapestThreshold(heldOut, costs, 0.005)).toEqual({ threshold: 0.97, recall: 0.25, falsePositiveRate: 0, falsePositives: 0, ham: 400, costPer10k: (3 / 404) * 10_000 });
    expect(chooseThreshold(heldOut, 0.005).threshold, 'the most-recall rule, for comparison, takes the lost ham').toBe(0.5);
  });

  it('follows the costs: when a lost email costs as much as a missed spam, it catches every spam', () => {
    const choice = cheapestThreshold(heldOut, { falsePositive: 1, falseNegative: 1 }, 0.005);
    expect(choice, 'one lost ham (cost 1) instead of 3 missed spam (cost 3)').toMatchObject({ threshold: 0.5, recall: 1, falsePositives: 1 });
    expect(choice.costPer10k).toBeCloseTo((1 / 404) * 10_000, 9);
  });

  it('never goes past the limit, however cheap that would be', () => {
    expect(cheapestThreshold(heldOut, { falsePositive: 0, falseNegative: 1 }, 0.001).threshold, 'a free false positive, but 1 of 400 ham is over 0.1%').toBe(0.97);
  });

  it('allows a false-positive rate exactly at the limit', () => {
    const twoOf400 = [...heldOut, s('ham', 0.6)];
    expect(cheapestThreshold(twoOf400, { falsePositive: 1, falseNegative: 10 }, 2 / 401).threshold, '2 of 401 ham at a limit of 2/401').toBe(0.5);
  });

  it('keeps the stricter threshold when two cost the same', () => {
    const tie = [s('spam', 0.9), s('ham', 0.8), s('spam', 0.7), s('ham', 0.1)];
    // 0.9: 1 spam missed (cost 1); 0.7: 1 ham lost (cost 1).
    expect(cheapestThreshold(tie, { falsePositive: 1, falseNegative: 1 }, 1).threshold).toBe(0.9);
  });

  it('counts the messages exactly, even when a rate times a class size is not a whole number in floating point', () => {
    // One flagged ham of 49: (1 / 49) × 49 is 0.9999999999999999 in floating point.
    const ham49 = [s('ham', 0.8), s('spam', 0.7), ...Array.from({ length: 48 }, () => s('ham', 0.1))];
    expect(cheapestThreshold(ham49, { falsePositive: 0.1, falseNegative: 5 }, 0.1), 'catching the spam costs one ham').toMatchObject({ threshold: 0.7, falsePositives: 1, ham: 49 });
    expect(cheapestThreshold(ham49, { falsePositive: 1, falseNegative: 0.5 }, 0.1).threshold, 'a lost ham (1) costs more than the missed spam (0.5)').toBe(Infinity);
  });

  it('with confidence, allows only rates whose Wilson upper bound is within the limit', () => {
    expect(wilsonInterval(0, 400, Z95).high, '0 of 400 could still be 0.95%').toBeGreaterThan(0.005);
    expect(cheapestThreshold(heldOut, costs, 0.005, Z95), 'so only "flag nothing" is allowed').toEqual({ threshold: Infinity, recall: 0, falsePositiveRate: 0, falsePositives: 0, ham: 400, costPer10k: (4 / 404) * 10_000 });
    expect(cheapestThreshold(heldOut, costs, 0.01, Z95).threshold, 'a 1% limit admits 0 of 400').toBe(0.97);
  });

  it('flags nothing when there is no ham to measure the rate on', () => {
    expect(cheapestThreshold([s('spam', 0.9), s('spam', 0.4)], costs, 0.005).threshold, 'no ham: no evidence the limit holds').toBe(Infinity);
  });
});

describe('on the sample: the rules baseline, whose scores need no training, on the training period', () => {
  it('chooses from the costs, and shows how little 96 ham can prove', () => {
    const { split } = readSample(sample, 'time', ['train', 'validation']);
    const scores = [...split.train, ...split.validation].map((email) => s(email.label, applyRules(email).score));
    const limit = requirements.maxFalsePositiveRate;
    const costed = [
      { rule: 'cheapest within the limit', ...cheapestThreshold(scores, ASSUMED_COSTS, limit) },
      { rule: 'cheapest, limit met with 95% confidence', ...cheapestThreshold(scores, ASSUMED_COSTS, limit, Z95) },
    ];
    showTable([{ rule: 'most recall within the limit', ...chooseThreshold(scores, limit) }, ...costed], `Three rules for a threshold, on ${scores.length} training messages of the sample`);
    const ham = scores.filter((x) => x.label === 'ham').length;
    for (const row of costed) {
      const confusion = confusionMatrix(scores, row.threshold);
      expect(row, `${row.rule}: counts from the scores themselves`).toMatchObject({ falsePositives: confusion.falsePositives, ham });
      expect(row.costPer10k, `${row.rule}: the cost of its mistakes`).toBeCloseTo(costPer10k(confusion, ASSUMED_COSTS), 9);
    }
    expect(wilsonInterval(0, ham, Z95).high, `0 of ${ham} ham is compatible with a rate far above ${limit * 100}%`).toBeGreaterThan(limit);
    expect(costed[1].threshold, `with ${ham} ham no threshold that flags anything can be shown to meet the limit`).toBe(Infinity);
  });
});
