import { describe, expect, it } from 'vitest';
import { peekingFalsePositiveRate } from './peeking';

const options = { experiments: 2000, usersPerPeek: 100, rate: 0.1, seed: 7 };

describe('peekingFalsePositiveRate', () => {
  it('keeps about 5% false positives with one look', () => {
    const { falsePositiveRate } = peekingFalsePositiveRate({ ...options, peeks: 1 });
    expect(falsePositiveRate).toBeGreaterThan(0.035);
    expect(falsePositiveRate).toBeLessThan(0.07);
  });

  it('inflates them with every extra look', () => {
    const ten = peekingFalsePositiveRate({ ...options, peeks: 10 }).falsePositiveRate;
    expect(ten).toBeGreaterThan(0.15);
    expect(ten).toBeLessThan(0.26);
  });

  it('is seeded', () => {
    expect(peekingFalsePositiveRate({ ...options, peeks: 3 })).toEqual(peekingFalsePositiveRate({ ...options, peeks: 3 }));
  });
});
