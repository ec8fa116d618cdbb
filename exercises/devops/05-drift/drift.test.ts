import { beforeAll, describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { showPlot } from 'course:display';
import drift from 'dataset:drift';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import { binShares, EMPTY_BIN_SHARE, populationStabilityIndex, scoreDrift } from './drift';

describe('binShares', () => {
  it('gives each bin its share of the values, in any order', () => {
    expect(binShares([0.9, 0.1, 0.4, 0.6, 0.2], [0.3, 0.5])).toEqual([0.4, 0.2, 0.4]);
  });

  it('puts a value equal to a cut point in the bin above it', () => {
    expect(binShares([0.3, 0.5, 0.5, 0.2], [0.3, 0.5]), 'bins: below 0.3, [0.3, 0.5), 0.5 and above').toEqual([0.25, 0.25, 0.5]);
  });

  it('keeps values beyond the outer cut points in the outer bins', () => {
    expect(binShares([-5, 0, 7, 1e9], [0, 1, 2])).toEqual([0.25, 0.25, 0, 0.5]);
  });

  it('has one bin more than cut points, and one bin when there are none', () => {
    expect(binShares([1, 2, 3], [10, 20, 30, 40])).toEqual([1, 0, 0, 0, 0]);
    expect(binShares([1, 2, 3], [])).toEqual([1]);
  });

  it('refuses no values with a RangeError that says so: a share of nothing means nothing', () => {
    expect(() => binShares([], [0.5])).toThrow(RangeError);
    expect(() => binShares([], [0.5]), 'the error has a message').toThrow(/\S/);
  });

  it('bins 100,000 scores in a blink', () => {
    const scores = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 100_000) / 100_000);
    const started = performance.now();
    const shares = binShares(scores, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(performance.now() - started, 'milliseconds for 100,000 scores').toBeLessThan(1000);
    for (const share of shares) expect(share).toBeCloseTo(0.1, 9);
  });
});

describe('populationStabilityIndex', () => {
  it('is 0 when nothing moved', () => {
    expect(populationStabilityIndex([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('adds (current − reference) · ln(current / reference) over the bins', () => {
    // Two bins going from 50/50 to 80/20: 0.3·ln(1.6) + (−0.3)·ln(0.4).
    expect(populationStabilityIndex([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(0.4158883083, 9);
    expect(populationStabilityIndex([0.1, 0.2, 0.7], [0.2, 0.2, 0.6])).toBeCloseTo(0.1 * Math.log(2) - 0.1 * Math.log(6 / 7), 12);
  });

  it('is the same whichever window is the reference', () => {
    expect(populationStabilityIndex([0.1, 0.6, 0.3], [0.3, 0.3, 0.4])).toBeCloseTo(populationStabilityIndex([0.3, 0.3, 0.4], [0.1, 0.6, 0.3]), 12);
  });

  it(`gives an empty bin the share ${EMPTY_BIN_SHARE}, so the index stays finite`, () => {
    const e = EMPTY_BIN_SHARE;
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.5, 0.3, 0.2])).toBeCloseTo(-0.2 * Math.log(0.6) + (0.2 - e) * Math.log(0.2 / e), 12);
    expect(populationStabilityIndex([0.5, 0.3, 0.2], [0.5, 0.5, 0])).toBeCloseTo(0.2 * Math.log(5 / 3) + (e - 0.2) * Math.log(e / 0.2), 12);
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.5, 0.5, 0]), 'a bin empty in both adds nothing').toBe(0);
  });

  it('refuses two distributions over different bins, with a RangeError that names both counts', () => {
    expect(() => populationStabilityIndex([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => populationStabilityIndex([0.5, 0.5, 0], [1]), '3 bins against 1').toThrow(/3\D[^]*1|1\D[^]*3/);
  });
});

describe('the corpus’s two release batches, in the sample', () => {
  const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
  const scoresOf = (groups: string[]) => sample.filter((message) => groups.includes(message.group)).map((message) => filter.classify(message.raw).score);
  const first = scoresOf(drift.batches.first);
  const second = scoresOf(drift.batches.second);
  // Your code runs inside the tests, so an error in it fails a named test.
  let yours: ReturnType<typeof scoreDrift>;
  beforeAll(() => {
    yours = scoreDrift(first, second);
  });

  it('gives the score PSI the pipeline computed on the same sample', () => {
    expect(yours.psi, `first batch ${first.length} messages, second batch ${second.length}`).toBeCloseTo(drift.shipped.sample, 5);
    showPlot(
      {
        marks: [
          Plot.rectY(yours.bins, { x1: (_bin, i) => i, x2: (_bin, i) => i + 0.45, y: 'reference', fill: 'steelblue' }),
          Plot.rectY(yours.bins, { x1: (_bin, i) => i + 0.5, x2: (_bin, i) => i + 0.95, y: 'current', fill: 'orange' }),
          Plot.ruleY([0]),
        ],
        x: { label: 'score bin (deciles of the first batch)' },
        y: { label: 'share of messages', grid: true },
      },
      `Shipped filter's scores on the sample: first batch (blue) and second batch (orange), PSI ${yours.psi.toFixed(3)}`,
    );
  });

  it('recomputes the PSI of the pipeline’s own bins on the full corpus', () => {
    const bins = drift.scores.bins;
    expect(populationStabilityIndex(bins.map((bin) => bin.reference), bins.map((bin) => bin.current))).toBeCloseTo(drift.scores.psi, 3);
  });
});
