import { describe, expect, it } from 'vitest';
import { compareRates, describeComparison } from './compare-rates';

describe('compareRates', () => {
  // Newcombe (1998), Table II, method 10.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('%i/%i − %i/%i matches the published interval', (k1, n1, k2, n2, low, high) => {
    const result = compareRates({ count: k1, of: n1 }, { count: k2, of: n2 });
    expect(result.low).toBeCloseTo(low, 4);
    expect(result.high).toBeCloseTo(high, 4);
  });

  it('says lower, higher or cannot tell from the interval, not the point', () => {
    expect(compareRates({ count: 60, of: 156 }, { count: 109, of: 156 }).verdict).toBe('lower');
    expect(compareRates({ count: 109, of: 156 }, { count: 60, of: 156 }).verdict).toBe('higher');
    expect(compareRates({ count: 5, of: 1444 }, { count: 2, of: 1444 }).verdict).toBe('cannot tell');
    expect(() => compareRates({ count: 0, of: 0 }, { count: 1, of: 2 })).toThrow(RangeError);
  });
});

describe('describeComparison', () => {
  it('claims a difference only when the interval supports one', () => {
    expect(describeComparison({ name: 'A', count: 5, of: 1444 }, { name: 'B', count: 2, of: 1444 })).toBe(
      'A: 5 of 1,444 (0.35%). B: 2 of 1,444 (0.14%). The difference, +0.21 points (95% interval −0.21 to +0.68), could be chance: this test cannot tell them apart.',
    );
    expect(describeComparison({ name: 'Rules', count: 60, of: 156 }, { name: 'Model', count: 109, of: 156 })).toBe(
      'Rules: 60 of 156 (38.46%). Model: 109 of 156 (69.87%). Rules is lower by 31.41 points (95% interval 20.50 to 41.26).',
    );
  });
});
