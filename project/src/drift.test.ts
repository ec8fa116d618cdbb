import { describe, expect, it } from 'vitest';
import { binShares, EMPTY_BIN_SHARE, populationStabilityIndex, quantileEdges, scoreDrift, tokenDrift } from './drift';

describe('population stability index', () => {
  it('is 0 for the same distribution and adds (current − reference) · ln(current / reference) per bin', () => {
    expect(populationStabilityIndex([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(populationStabilityIndex([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(0.3 * Math.log(1.6) + -0.3 * Math.log(0.4), 12);
  });

  it('gives an empty bin a small share instead of an infinite term', () => {
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2])).toBeCloseTo(2 * (-0.1 * Math.log(0.8)) + (0.2 - EMPTY_BIN_SHARE) * Math.log(0.2 / EMPTY_BIN_SHARE), 12);
    expect(() => populationStabilityIndex([1], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe('binning', () => {
  it('cuts at the reference quantiles, merging repeated cut points', () => {
    expect(quantileEdges([4, 1, 3, 2], 4)).toEqual([2, 3, 4]);
    expect(quantileEdges([0, 0, 0, 1], 4)).toEqual([0, 1]);
  });

  it('counts a value equal to a cut point in the bin above it', () => {
    expect(binShares([0.1, 0.5, 0.5, 0.9], [0.5])).toEqual([0.25, 0.75]);
  });

  it('scores drift in reference-decile bins', () => {
    const reference = Array.from({ length: 100 }, (_, i) => i / 100);
    expect(scoreDrift(reference, reference).psi).toBe(0);
    const drift = scoreDrift(reference, reference.map((score) => score / 2));
    expect(drift.bins).toHaveLength(10);
    expect(drift.bins[0]).toEqual({ from: 0, to: 0.1, reference: 0.1, current: 0.2 });
    expect(drift.psi).toBeGreaterThan(0.25);
  });
});

describe('tokenDrift', () => {
  it('compares how often watched tokens occur (once per message) and ranks the movers', () => {
    const reference = [['free', 'free', 'hello'], ['hello'], ['meeting']];
    const current = [['free'], ['free', 'money'], ['free', 'hello']];
    const drift = tokenDrift(['free', 'hello', 'meeting'], reference, current);
    expect(drift.shifts.map((shift) => [shift.token, shift.reference, shift.current])).toEqual([
      ['meeting', 0.25, 0],
      ['free', 0.25, 0.75],
      ['hello', 0.5, 0.25],
    ]);
    expect(drift.psi).toBeCloseTo(drift.shifts.reduce((sum, shift) => sum + shift.contribution, 0), 12);
  });
});
