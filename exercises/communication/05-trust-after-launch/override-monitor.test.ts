import { describe, expect, it } from 'vitest';
import { compareRates } from '@project/compare-rates';
import { wilsonInterval } from '@project/confidence';
import { monitor } from './override-monitor';

/** Weeks 1, 2, … with these counts of rescued mail out of `messages` each. */
const weeks = (counts: number[], messages = 2000) => counts.map((actedOn, i) => ({ week: i + 1, messages, actedOn }));
const verdicts = (counts: number[], baselineWeeks = 4, consecutive = 2) => monitor(weeks(counts), { baselineWeeks, consecutive }).weeks.map((week) => week.versusBaseline);

describe('monitor', () => {
  it('pools the first weeks into the baseline, with its interval', () => {
    const report = monitor(weeks([20, 22, 18, 24, 30]), { baselineWeeks: 4, consecutive: 2 });
    expect(report.baseline, 'weeks 1–4: 84 of 8,000').toEqual({ count: 84, of: 8000, rate: 84 / 8000, ...wilsonInterval(84, 8000) });
    expect(monitor(weeks([20, 22, 18, 24, 30]), { baselineWeeks: 2, consecutive: 2 }).baseline, 'weeks 1–2: 42 of 4,000').toMatchObject({ count: 42, of: 4000 });
  });

  it('gives every week its own rate and interval, in week order, whatever order they come in', () => {
    const shuffled = [weeks([20, 22, 18, 24, 30])[4], ...weeks([20, 22, 18, 24])].reverse();
    const report = monitor(shuffled, { baselineWeeks: 4, consecutive: 2 });
    expect(report.weeks.map((week) => week.week), 'weeks').toEqual([1, 2, 3, 4, 5]);
    expect(report.baseline, 'baseline: the first four weeks, not the first four given').toMatchObject({ count: 84, of: 8000 });
    expect(report.weeks[4], 'week 5: 30 of 2,000').toMatchObject({ week: 5, count: 30, of: 2000, rate: 30 / 2000, ...wilsonInterval(30, 2000) });
  });

  it('compares each week after the baseline with it, and leaves the baseline weeks alone', () => {
    const counts = [20, 20, 20, 20, 45, 21, 5];
    expect(verdicts(counts), 'verdicts of weeks 1–7').toEqual([null, null, null, null, 'higher', 'cannot tell', 'lower']);
    const week5 = compareRates({ count: 45, of: 2000 }, { count: 80, of: 8000 });
    expect(week5.verdict, 'what compareRates says of week 5').toBe('higher');
    expect(verdicts([20, 45, 20, 20, 20], 2), 'a high week inside a two-week baseline is part of it').toEqual([null, null, 'cannot tell', 'cannot tell', 'cannot tell']);
  });

  it('acts at the week that completes the first run of weeks in a row above the baseline', () => {
    const act = (counts: number[], consecutive: number) => monitor(weeks(counts), { baselineWeeks: 4, consecutive }).actAt;
    expect(act([20, 20, 20, 20, 45, 45, 45, 45], 2), 'two weeks in a row from week 5').toBe(6);
    expect(act([20, 20, 20, 20, 45, 45, 45, 45], 3), 'three weeks in a row from week 5').toBe(7);
    expect(act([20, 20, 20, 20, 45, 20, 45, 45], 2), 'a run broken by an ordinary week starts again').toBe(8);
    expect(act([20, 20, 20, 20, 45, 5, 45, 20], 2), 'a run broken by a low week starts again').toBeNull();
    expect(act([20, 20, 20, 20, 20, 45, 20, 20], 1), 'one week is enough when consecutive is 1').toBe(6);
    expect(act([20, 20, 20, 20, 21, 19, 22, 18], 1), 'a quiet stream').toBeNull();
  });

  it('refuses a baseline or a run of no weeks, naming the option', () => {
    expect(() => monitor(weeks([20, 20]), { baselineWeeks: 0, consecutive: 2 }), 'baselineWeeks 0').toThrow(RangeError);
    expect(() => monitor(weeks([20, 20]), { baselineWeeks: 0, consecutive: 2 }), 'baselineWeeks 0: the message names it').toThrow(/baselineWeeks \(0\)/);
    expect(() => monitor(weeks([20, 20]), { baselineWeeks: 1, consecutive: 0 }), 'consecutive 0').toThrow(RangeError);
    expect(() => monitor(weeks([20, 20]), { baselineWeeks: 1, consecutive: 0 }), 'consecutive 0: the message names it').toThrow(/consecutive \(0\)/);
  });

  it('accepts a baseline of one week', () => {
    expect(monitor(weeks([20, 45, 45]), { baselineWeeks: 1, consecutive: 1 }).actAt, 'week 1 as the baseline, 45 of 2,000 from week 2').toBe(2);
  });
});
