import { describe, expect, it } from 'vitest';
import { compareRuns } from './compare-runs';
import type { StageCount } from './types';

const reference: StageCount[] = [
  { stage: 'parse', in: 10, out: 10, notes: {} },
  { stage: 'dedupe', in: 10, out: 9, notes: { 'exact duplicate': 1 } },
  { stage: 'evaluate', in: 3, out: 3, notes: { recall: 0.5 } },
];
const copy = () => reference.map((row) => ({ ...row, notes: { ...row.notes } }));

describe('compareRuns', () => {
  it('finds no difference between a run and itself', () => {
    const { stages, firstDifference } = compareRuns(copy(), reference);
    expect(firstDifference).toBeNull();
    expect(stages.map((s) => [s.stage, s.differences])).toEqual([['parse', []], ['dedupe', []], ['evaluate', []]]);
  });

  it('names the first stage that differs, and what differs in every stage', () => {
    const mine = copy();
    mine[1].out = 10;
    mine[1].notes = { 'exact duplicate': 0 };
    mine[2].in = 4;
    const { stages, firstDifference } = compareRuns(mine, reference);
    expect(firstDifference).toBe('dedupe');
    expect(stages[1].differences).toEqual(['out: 10, reference 9', 'exact duplicate: 0, reference 1']);
    expect(stages[2].differences).toEqual(['in: 4, reference 3']);
  });

  it('allows rounding in figures, relative to their size, but not more', () => {
    const mine = copy();
    mine[2].notes = { recall: 0.5 + 4e-7 };
    expect(compareRuns(mine, reference).firstDifference).toBeNull();
    mine[2].notes = { recall: 0.5 + 2e-6 };
    expect(compareRuns(mine, reference).firstDifference).toBe('evaluate');
    const big = [{ stage: 'train', in: 1, out: 1, notes: { loss: 1000 } }];
    expect(compareRuns([{ stage: 'train', in: 1, out: 1, notes: { loss: 1000.0005 } }], big).firstDifference).toBeNull();
    expect(compareRuns([{ stage: 'train', in: 1, out: 1, notes: { loss: 1000.002 } }], big).firstDifference).toBe('train');
  });

  it('counts a figure that is NaN, missing or extra as a difference', () => {
    const mine = copy();
    mine[2].notes = { recall: Number.NaN };
    expect(compareRuns(mine, reference).stages[2].differences).toEqual(['recall: NaN, reference 0.5']);
    mine[2].notes = { precision: 0.5 };
    expect(compareRuns(mine, reference).stages[2].differences).toEqual(['recall: missing, reference 0.5', 'precision: 0.5, not in the reference']);
    expect(compareRuns([{ stage: 'parse', in: 10, out: 10 }], [{ stage: 'parse', in: 10, out: 10 }]).firstDifference).toBeNull();
  });

  it('reports stages missing, extra or out of order', () => {
    expect(compareRuns(copy().slice(0, 2), reference).stages[2]).toMatchObject({ stage: 'evaluate', mine: null, differences: ['missing from your run'] });
    const extra = [...copy(), { stage: 'serve', in: 3, out: 3 }];
    expect(compareRuns(extra, reference).stages[3]).toMatchObject({ stage: 'serve', reference: null, differences: ['not in the reference run'] });
    const unnamed = [copy()[0], { in: 10, out: 9 } as StageCount, copy()[2]];
    expect(compareRuns(unnamed, reference)).toMatchObject({ firstDifference: 'dedupe', stages: [{}, { stage: 'dedupe', differences: ['stage "undefined" where the reference has "dedupe"'] }, {}] });
    const swapped = [copy()[1], copy()[0], copy()[2]];
    const result = compareRuns(swapped, reference);
    expect(result.firstDifference, 'named as the reference names the stage').toBe('parse');
    expect(result.stages.map((s) => s.stage)).toEqual(['parse', 'dedupe', 'evaluate']);
    expect(result.stages[0].differences).toEqual(['stage "dedupe" where the reference has "parse"']);
  });
});
