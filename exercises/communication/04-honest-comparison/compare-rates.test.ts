import { describe, expect, it } from 'vitest';
import { compareRates, describeComparison } from './compare-rates';

describe('compareRates', () => {
  // Newcombe (1998), Statistics in Medicine 17: 873–890, Table II, method 10.
  it.each([
    { a: [56, 70], b: [48, 80], low: 0.0524, high: 0.3339 },
    { a: [9, 10], b: [3, 10], low: 0.1705, high: 0.809 },
    { a: [6, 7], b: [2, 7], low: 0.0582, high: 0.8062 },
    { a: [5, 56], b: [0, 29], low: -0.0381, high: 0.1926 },
  ])('matches the published interval for $a.0/$a.1 − $b.0/$b.1', ({ a, b, low, high }) => {
    const result = compareRates({ count: a[0], of: a[1] }, { count: b[0], of: b[1] });
    expect(result.difference, `${a[0]}/${a[1]} − ${b[0]}/${b[1]}: difference`).toBeCloseTo(a[0] / a[1] - b[0] / b[1], 10);
    expect(result.low, `${a[0]}/${a[1]} − ${b[0]}/${b[1]}: lower end`).toBeCloseTo(low, 4);
    expect(result.high, `${a[0]}/${a[1]} − ${b[0]}/${b[1]}: upper end`).toBeCloseTo(high, 4);
  });

  it('mirrors when the two sides swap', () => {
    const ab = compareRates({ count: 5, of: 1444 }, { count: 2, of: 1444 });
    const ba = compareRates({ count: 2, of: 1444 }, { count: 5, of: 1444 });
    expect(ba.difference, 'difference').toBeCloseTo(-ab.difference, 12);
    expect(ba.low, 'lower end against the other’s upper end').toBeCloseTo(-ab.high, 12);
    expect(ba.high, 'upper end against the other’s lower end').toBeCloseTo(-ab.low, 12);
  });

  it('says higher or lower only when the whole interval is on one side of 0', () => {
    expect(compareRates({ count: 56, of: 70 }, { count: 48, of: 80 }).verdict, '56/70 against 48/80').toBe('higher');
    expect(compareRates({ count: 48, of: 80 }, { count: 56, of: 70 }).verdict, '48/80 against 56/70').toBe('lower');
    expect(compareRates({ count: 5, of: 56 }, { count: 0, of: 29 }).verdict, '5/56 against 0/29: the point says higher, the interval does not').toBe('cannot tell');
    expect(compareRates({ count: 0, of: 29 }, { count: 5, of: 56 }).verdict, '0/29 against 5/56').toBe('cannot tell');
    expect(compareRates({ count: 3, of: 10 }, { count: 3, of: 10 }).verdict, 'equal rates').toBe('cannot tell');
  });

  it('refuses a side with nothing measured, naming the counts', () => {
    expect(() => compareRates({ count: 0, of: 0 }, { count: 1, of: 2 }), '0 of 0 against 1 of 2').toThrow(RangeError);
    expect(() => compareRates({ count: 1, of: 2 }, { count: 0, of: 0 }), '1 of 2 against 0 of 0').toThrow(/0 of 0/);
  });
});

describe('describeComparison', () => {
  const nb = { name: 'Naive Bayes', count: 5, of: 1444 };
  const lr = { name: 'Logistic regression', count: 2, of: 1444 };

  it('gives both rates, and says when the test cannot tell them apart', () => {
    expect(describeComparison(nb, lr), 'naive Bayes against logistic regression').toBe(
      'Naive Bayes: 5 of 1,444 (0.35%). Logistic regression: 2 of 1,444 (0.14%). The difference, +0.21 points (95% interval −0.21 to +0.68), could be chance: this test cannot tell them apart.',
    );
    expect(describeComparison(lr, nb), 'the other way round').toBe(
      'Logistic regression: 2 of 1,444 (0.14%). Naive Bayes: 5 of 1,444 (0.35%). The difference, −0.21 points (95% interval −0.68 to +0.21), could be chance: this test cannot tell them apart.',
    );
  });

  it('claims a difference when the interval supports it, with the interval in the claim’s direction', () => {
    const rules = { name: 'Rules', count: 60, of: 156 };
    const model = { name: 'Model', count: 109, of: 156 };
    expect(describeComparison(rules, model), 'rules against the model').toBe(
      'Rules: 60 of 156 (38.46%). Model: 109 of 156 (69.87%). Rules is lower by 31.41 points (95% interval 20.50 to 41.26).',
    );
    expect(describeComparison(model, rules), 'the model against rules').toBe(
      'Model: 109 of 156 (69.87%). Rules: 60 of 156 (38.46%). Model is higher by 31.41 points (95% interval 20.50 to 41.26).',
    );
  });
});
