import { describe, expect, it } from 'vitest';
import { cheapest, costPer10k, type Confusion, type OperatingPoint } from './costs';

// Illustrative counts for 2,000 emails (200 spam), not corpus numbers.
const strict: Confusion = { truePositives: 120, falsePositives: 2, trueNegatives: 1798, falseNegatives: 80 };
const eager: Confusion = { truePositives: 190, falsePositives: 20, trueNegatives: 1780, falseNegatives: 10 };
const lostMailHurts = { falsePositive: 50, falseNegative: 1 };

describe('costPer10k', () => {
  it('adds the cost of both kinds of mistake and scales it to 10,000 emails', () => {
    // (2 × 50 + 80 × 1) / 2,000 × 10,000 = 900
    expect(costPer10k(strict, lostMailHurts), '2 lost emails at 50 plus 80 spam at 1, per 10,000 of 2,000 emails').toBeCloseTo(900);
  });

  it('weighs a lost legitimate email by its own cost, not the spam cost', () => {
    // (20 × 50 + 10 × 1) / 2,000 × 10,000 = 5,050
    expect(costPer10k(eager, lostMailHurts), '20 lost emails at 50 plus 10 spam at 1').toBeCloseTo(5050);
  });

  it('weighs a missed spam by its own cost too, which need not be 1', () => {
    // (2 × 10 + 80 × 4) / 2,000 × 10,000 = 1,700
    expect(costPer10k(strict, { falsePositive: 10, falseNegative: 4 }), '2 lost emails at 10 plus 80 spam at 4').toBeCloseTo(1700);
    // (2 × 0 + 80 × 0.5) / 2,000 × 10,000 = 200
    expect(costPer10k(strict, { falsePositive: 0, falseNegative: 0.5 }), 'only the 80 missed spam count, at 0.5 each').toBeCloseTo(200);
  });

  it('counts correct decisions in the volume but not in the cost', () => {
    const twiceTheHam = { ...strict, trueNegatives: strict.trueNegatives + 2000 };
    expect(costPer10k(twiceTheHam, lostMailHurts), 'same mistakes over 4,000 emails: half the cost per 10,000').toBeCloseTo(450);
  });

  it('keeps the fractions: it is a number to compare, not one to print', () => {
    const threeEmails: Confusion = { truePositives: 1, falsePositives: 0, trueNegatives: 1, falseNegatives: 1 };
    expect(costPer10k(threeEmails, lostMailHurts), '1 missed spam in 3 emails is 3,333.33… per 10,000, not 3,333').toBeCloseTo(10_000 / 3, 6);
  });

  it('is 0 for a filter that makes no mistakes, and for no emails at all', () => {
    expect(costPer10k({ truePositives: 5, falsePositives: 0, trueNegatives: 5, falseNegatives: 0 }, lostMailHurts), 'no mistakes').toBe(0);
    expect(costPer10k({ truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 }, lostMailHurts), 'no emails: 0, not NaN').toBe(0);
  });
});

describe('cheapest', () => {
  const points: OperatingPoint[] = [
    { name: 'strict', confusion: strict },
    { name: 'eager', confusion: eager },
  ];

  it('picks the strict filter when a lost email costs 50 times a spam', () => {
    expect(cheapest(points, lostMailHurts).name, 'strict costs 900, eager 5,050').toBe('strict');
  });

  it('picks the eager filter when both mistakes cost the same', () => {
    expect(cheapest(points, { falsePositive: 1, falseNegative: 1 }).name, 'strict makes 82 mistakes, eager 30').toBe('eager');
  });

  it('looks at every point, not just the first two', () => {
    const middle: OperatingPoint = { name: 'middle', confusion: { truePositives: 170, falsePositives: 4, trueNegatives: 1796, falseNegatives: 30 } };
    // At 10 to 1: strict (2 × 10 + 80) / 2,000 × 10,000 = 500; eager 1,050; middle (4 × 10 + 30) → 350.
    expect(cheapest([...points, middle], { falsePositive: 10, falseNegative: 1 }).name, 'at 10 to 1 the third point, middle (350), is cheapest').toBe('middle');
    expect(cheapest([...points, middle], lostMailHurts).name, 'at 50 to 1 strict (900) beats middle (1,150)').toBe('strict');
  });

  it('keeps the first point on a tie', () => {
    const twin: OperatingPoint = { name: 'twin', confusion: { ...strict } };
    expect(cheapest([points[0], twin], lostMailHurts).name, 'equal cost: the first one listed').toBe('strict');
  });

  it('leaves the points in the order it was given them', () => {
    const given = [points[1], points[0]];
    cheapest(given, lostMailHurts);
    expect(given.map((p) => p.name), 'sorting the caller\'s array to find the cheapest reorders it').toEqual(['eager', 'strict']);
  });

  it('says so when there is nothing to choose from', () => {
    expect(() => cheapest([], lostMailHurts), 'an empty list has no cheapest point: a clear error, not undefined').toThrow(/at least one/);
  });
});
