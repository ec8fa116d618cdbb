import { describe, expect, it } from 'vitest';
import { groupBy, quantile, summarize } from './describe';

describe('summarize', () => {
  it('interpolates quartiles between order statistics (R type 7)', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, min: 1, p25: 1.75, median: 2.5, p75: 3.25, max: 4 });
  });

  it('sorts numerically, without changing the input', () => {
    const sizes = [10_000, 900, 85_000, 2_000];
    expect(summarize(sizes).median).toBe(6_000);
    expect(sizes).toEqual([10_000, 900, 85_000, 2_000]);
  });

  it('summarises one value and refuses none', () => {
    expect(summarize([7])).toEqual({ n: 1, mean: 7, min: 7, p25: 7, median: 7, p75: 7, max: 7 });
    expect(() => summarize([])).toThrow(RangeError);
  });

  it('reads any quantile', () => {
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9, 12);
  });
});

describe('groupBy', () => {
  it('keeps rows in their order within groups, groups in name order', () => {
    const rows = [{ g: 'spam-2', v: 1 }, { g: 'easy-ham-1', v: 2 }, { g: 'spam-2', v: 3 }];
    expect([...groupBy(rows, (row) => row.g)]).toEqual([
      ['easy-ham-1', [{ g: 'easy-ham-1', v: 2 }]],
      ['spam-2', [{ g: 'spam-2', v: 1 }, { g: 'spam-2', v: 3 }]],
    ]);
  });
});
