import { describe, expect, it } from 'vitest';
import { peekingFalsePositiveRate } from './peeking';

const options = { experiments: 1000, usersPerPeek: 50, rate: 0.1, seed: 1 };

describe('peekingFalsePositiveRate', () => {
  it('keeps about 5% false positives with one look', () => {
    const { falsePositiveRate } = peekingFalsePositiveRate({ ...options, peeks: 1 });
    expect(falsePositiveRate).toBeGreaterThan(0.03);
    expect(falsePositiveRate).toBeLessThan(0.075);
  });

  it('inflates them with every extra look', () => {
    const ten = peekingFalsePositiveRate({ ...options, peeks: 10 }).falsePositiveRate;
    expect(ten).toBeGreaterThan(0.13);
    expect(ten).toBeLessThan(0.28);
  });

  it('is seeded', () => {
    expect(peekingFalsePositiveRate({ ...options, peeks: 3 })).toEqual(peekingFalsePositiveRate({ ...options, peeks: 3 }));
  });
});
