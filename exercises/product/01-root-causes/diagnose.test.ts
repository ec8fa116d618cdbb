import { describe, expect, it } from 'vitest';
import { diagnose, type WeekSignals } from './diagnose';
import { weeks } from './signals';

/** A quiet week: steady sign-ups, every report collected, a model retrained this week. */
function week(n: number, overrides: Partial<WeekSignals> = {}): WeekSignals {
  return { week: `W${n}`, signups: 400, reportClicks: 5000, reportsCollected: 4990, modelAgeDays: 5, ...overrides };
}

describe('diagnose', () => {
  it('finds the three suspects in the eight weeks of signals.ts, earliest first', () => {
    expect(diagnose(weeks), 'sign-ups jump in W12, reports stop arriving in W14, the model passes 30 days in W17').toEqual([
      { cause: 'product change', since: '2024-W12' },
      { cause: 'broken pipeline', since: '2024-W14' },
      { cause: 'stale model', since: '2024-W17' },
    ]);
  });

  it('suspects nothing when every signal is steady', () => {
    expect(diagnose([week(1), week(2), week(3)]), 'quiet weeks').toEqual([]);
  });

  it('compares sign-ups with the week before, not with the first week', () => {
    const growing = [week(1, { signups: 100 }), week(2, { signups: 140 }), week(3, { signups: 196 }), week(4, { signups: 274 })];
    expect(diagnose(growing), 'steady 40% weekly growth is not a jump, though week 4 is 2.7 times week 1').toEqual([]);
  });

  it('does not call the first week a product change: there is no week before it', () => {
    expect(diagnose([week(1, { signups: 5000 })]), 'one week on its own').toEqual([]);
  });

  it('flags a sign-up jump of more than 1.5 times the week before', () => {
    expect(diagnose([week(1), week(2, { signups: 601 })]), '601 > 1.5 × 400').toEqual([{ cause: 'product change', since: 'W2' }]);
    expect(diagnose([week(1), week(2, { signups: 600 })]), 'exactly 1.5 × 400 is not more than 1.5 ×').toEqual([]);
  });

  it('does not call a fall in sign-ups a product change: the check is for a jump', () => {
    expect(diagnose([week(1), week(2, { signups: 100 })]), 'sign-ups fell from 400 to 100').toEqual([]);
  });

  it('flags a pipeline that collects less than 80% of the reports users sent', () => {
    expect(diagnose([week(1, { reportsCollected: 3999 })]), '3,999 of 5,000 is under 80%').toEqual([{ cause: 'broken pipeline', since: 'W1' }]);
    expect(diagnose([week(1, { reportsCollected: 4000 })]), 'exactly 80% is enough').toEqual([]);
  });

  it("compares the reports collected with the same week's clicks, not the week before's", () => {
    const quieter = [week(1, { reportClicks: 5000, reportsCollected: 4990 }), week(2, { reportClicks: 2000, reportsCollected: 1990 })];
    expect(diagnose(quieter), 'week 2: 1,990 of its own 2,000 clicks is fine, though it is under 80% of week 1\'s 5,000').toEqual([]);
  });

  it('flags a model older than 30 days', () => {
    expect(diagnose([week(1, { modelAgeDays: 31 })]), '31 days').toEqual([{ cause: 'stale model', since: 'W1' }]);
    expect(diagnose([week(1, { modelAgeDays: 30 })]), '30 days is still within the limit').toEqual([]);
  });

  it('gives the first week a cause appeared, not the last', () => {
    const broken = [week(1), week(2, { reportsCollected: 100 }), week(3, { reportsCollected: 0 })];
    expect(diagnose(broken), 'the pipeline broke in week 2').toEqual([{ cause: 'broken pipeline', since: 'W2' }]);
  });

  it('puts the cause that appeared first at the top, whatever its kind', () => {
    const signals = [week(1), week(2, { modelAgeDays: 45 }), week(3, { modelAgeDays: 52, reportsCollected: 0 })];
    expect(diagnose(signals).map((s) => s.cause), 'the model went stale before the pipeline broke').toEqual(['stale model', 'broken pipeline']);
  });

  it('orders by when a cause appeared, not by the text of the week labels', () => {
    const signals = [week(8), week(9, { reportsCollected: 0 }), week(10, { modelAgeDays: 45 })];
    expect(diagnose(signals), '"W10" sorts before "W9" as text, but W9 came first').toEqual([
      { cause: 'broken pipeline', since: 'W9' },
      { cause: 'stale model', since: 'W10' },
    ]);
  });

  it('lists causes that appeared in the same week in a fixed order: product change, broken pipeline, stale model', () => {
    const allAtOnce = [week(1), week(2, { signups: 900, reportsCollected: 0, modelAgeDays: 40 })];
    expect(diagnose(allAtOnce).map((s) => s.cause), 'all three fire in week 2').toEqual(['product change', 'broken pipeline', 'stale model']);
    const twoAtOnce = [week(1, { modelAgeDays: 40, reportsCollected: 0 }), week(2)];
    expect(diagnose(twoAtOnce).map((s) => s.cause), 'the pipeline and the model both in week 1').toEqual(['broken pipeline', 'stale model']);
  });
});
