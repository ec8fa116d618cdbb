import { describe, expect, it } from 'vitest';
import { groupBy, quantile, summarize } from './describe';

describe('quantile', () => {
  it('reads the value at position q·(n − 1) of the sorted values', () => {
    expect(quantile([3, 5, 9], 0), 'q = 0 is the smallest').toBe(3);
    expect(quantile([3, 5, 9], 0.5), 'q = 0.5 of three values is the middle one').toBe(5);
    expect(quantile([3, 5, 9], 1), 'q = 1 is the largest').toBe(9);
  });

  it('interpolates between the two nearest values', () => {
    expect(quantile([10, 20, 40, 80], 0.5), 'halfway between 20 and 40').toBe(30);
    expect(quantile([10, 20, 40, 80], 0.25), 'position 0.75: three quarters of the way from 10 to 20').toBe(17.5);
    expect(quantile([10, 20, 40, 80], 0.9), 'position 2.7: 70% of the way from 40 to 80').toBeCloseTo(68, 10);
  });
});

describe('summarize', () => {
  it('gives count, mean, extremes and quartiles', () => {
    expect(summarize([4, 1, 3, 2]), 'the values 1 to 4, shuffled').toEqual({ n: 4, mean: 2.5, min: 1, p25: 1.75, median: 2.5, p75: 3.25, max: 4 });
  });

  it('sorts numbers as numbers, not as text', () => {
    // [900, 2000, 10000, 85000] sorted as text would be [10000, 2000, 85000, 900].
    const sizes = [10_000, 900, 85_000, 2_000];
    const summary = summarize(sizes);
    expect(summary.min, 'smallest of 10000, 900, 85000, 2000').toBe(900);
    expect(summary.max, 'largest of 10000, 900, 85000, 2000').toBe(85_000);
    expect(summary.median, 'halfway between 2000 and 10000').toBe(6_000);
  });

  it('leaves the caller’s array as it was', () => {
    const sizes = [10_000, 900, 85_000, 2_000];
    summarize(sizes);
    expect(sizes, 'summarize must sort a copy').toEqual([10_000, 900, 85_000, 2_000]);
  });

  it('shows the skew: one huge message moves the mean, not the median', () => {
    const summary = summarize([3_000, 3_200, 3_400, 300_000]);
    expect(summary.median, 'median of 3000, 3200, 3400, 300000').toBe(3_300);
    expect(summary.mean, 'mean of 3000, 3200, 3400, 300000').toBe(77_400);
  });

  it('summarises a single value, and refuses an empty list', () => {
    expect(summarize([7]), 'one value is every statistic').toEqual({ n: 1, mean: 7, min: 7, p25: 7, median: 7, p75: 7, max: 7 });
    expect(() => summarize([]), 'no values: a RangeError, not NaNs').toThrow(RangeError);
    expect(() => summarize([]), 'an error message that says there were no values').toThrow(/value/i);
  });
});

describe('groupBy', () => {
  it('keeps each group’s rows in their order, and gives groups in name order', () => {
    const rows = [
      { group: 'spam-2', id: 'a' },
      { group: 'easy-ham-1', id: 'b' },
      { group: 'spam-2', id: 'c' },
      { group: 'hard-ham-1', id: 'd' },
    ];
    const groups = groupBy(rows, (row) => row.group);
    expect([...groups.keys()], 'groups sorted by name').toEqual(['easy-ham-1', 'hard-ham-1', 'spam-2']);
    expect(groups.get('spam-2')?.map((row) => row.id), 'spam-2 rows in their original order').toEqual(['a', 'c']);
    expect(groups.get('easy-ham-1')?.map((row) => row.id)).toEqual(['b']);
  });

  it('gives nothing for no rows', () => {
    expect(groupBy([], () => 'x').size, 'no rows, no groups').toBe(0);
  });
});
