import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './confidence';
import type { Scored } from './metrics';
import { cheapestThreshold, chooseThreshold } from './threshold';

// 4 spam and 400 ham: ham scores 0.000…0.399, one ham at 0.95; spam at 0.97, 0.9, 0.8, 0.5.
const ham: Scored[] = Array.from({ length: 399 }, (_, i) => ({ label: 'ham', score: i / 1000 }));
const scored: Scored[] = [...ham, { label: 'ham', score: 0.95 }, ...[0.97, 0.9, 0.8, 0.5].map((score): Scored => ({ label: 'spam', score }))];
const costs = { falsePositive: 50, falseNegative: 1 };

describe('cheapestThreshold', () => {
  it('within a 0.5% limit, picks the threshold whose mistakes cost least', () => {
    // 0.5 catches every spam for one lost ham (cost 50); 0.97 loses no ham but misses 3 spam (cost 3).
    const choice = cheapestThreshold(scored, costs, 0.005);
    expect(choice).toEqual({ threshold: 0.97, recall: 0.25, falsePositiveRate: 0, falsePositives: 0, ham: 400, costPer10k: (3 / 404) * 10_000 });
    expect(chooseThreshold(scored, 0.005).threshold, 'the recall rule takes the lost ham').toBe(0.5);
  });

  it('follows the costs: when a lost email costs little, it catches more', () => {
    expect(cheapestThreshold(scored, { falsePositive: 1, falseNegative: 1 }, 0.005).threshold).toBe(0.5);
  });

  it('with confidence, allows only rates whose Wilson upper bound is within the limit', () => {
    // 0 of 400 ham: the upper bound is 0.95%, over a 0.5% limit, so only "flag nothing" is allowed.
    expect(wilsonInterval(0, 400).high).toBeGreaterThan(0.005);
    expect(cheapestThreshold(scored, costs, 0.005, 1.959964).threshold).toBe(Infinity);
    expect(cheapestThreshold(scored, costs, 0.01, 1.959964).threshold, 'a 1% limit admits 0 of 400').toBe(0.97);
  });
});
