import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITOR, monitor } from './override-monitor';
import { LAUNCH_SCENARIO, simulateLaunch } from './simulate-launch';

const weeks = (counts: number[], messages = 2000) => counts.map((actedOn, i) => ({ week: i + 1, messages, actedOn }));

describe('monitor', () => {
  it('acts on the week that completes a run of weeks clearly above the baseline', () => {
    const report = monitor(weeks([20, 20, 20, 20, 45, 20, 45, 45, 45]), DEFAULT_MONITOR);
    expect(report.baseline).toMatchObject({ count: 80, of: 8000 });
    expect(report.weeks.map((week) => week.versusBaseline)).toEqual([null, null, null, null, 'higher', 'cannot tell', 'higher', 'higher', 'higher']);
    expect(report.actAt).toBe(8);
  });

  it('reads weeks in any order, and never acts on a quiet stream', () => {
    const report = monitor(weeks([20, 22, 18, 20, 21, 19, 23]).reverse(), DEFAULT_MONITOR);
    expect(report.weeks.map((week) => week.week)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(report.actAt).toBeNull();
    expect(() => monitor(weeks([1]), { baselineWeeks: 0, consecutive: 1 })).toThrow(RangeError);
  });
});

describe('simulateLaunch', () => {
  it('is seeded, and the changes show from the weeks they start', () => {
    const launch = simulateLaunch(LAUNCH_SCENARIO);
    expect(simulateLaunch(LAUNCH_SCENARIO)).toEqual(launch);
    expect(simulateLaunch({ ...LAUNCH_SCENARIO, seed: 2 })).not.toEqual(launch);
    const total = (rows: typeof launch.rescues, from: number, to: number) => rows.filter((row) => row.week >= from && row.week <= to).reduce((sum, row) => sum + row.actedOn, 0);
    // 2,000 a week × 2% legitimate × half rescued ≈ 20 a week, then twice that from week 7.
    expect(total(launch.rescues, 1, 6) / 6).toBeGreaterThan(12);
    expect(total(launch.rescues, 1, 6) / 6).toBeLessThan(28);
    expect(total(launch.rescues, 7, 12) / total(launch.rescues, 1, 6)).toBeGreaterThan(1.5);
    expect(total(launch.complaints, 9, 12) / 4 / (total(launch.complaints, 1, 8) / 8)).toBeGreaterThan(1.4);
  });
});
