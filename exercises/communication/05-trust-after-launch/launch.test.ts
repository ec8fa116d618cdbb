/**
 * A simulated launch (seeded; no real users): mail rescued from the spam folder and spam reported
 * from the inbox, week by week. A newsletter's redesign from week 7 sends more legitimate mail to
 * spam; from week 9, senders allow-listed by hand let more spam into inboxes.
 */
import { describe, expect, it } from 'vitest';
import { showPlot } from 'course:display';
import { DEFAULT_MONITOR } from '@project/override-monitor';
import { LAUNCH_SCENARIO, simulateLaunch } from '@project/simulate-launch';
import { monitor } from './override-monitor';
import { weeklyChart } from './weekly-chart';

const launch = simulateLaunch(LAUNCH_SCENARIO);
const rescues = monitor(launch.rescues, DEFAULT_MONITOR);
const complaints = monitor(launch.complaints, DEFAULT_MONITOR);

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('the first twelve weeks after launch (simulated)', () => {
  it('acts on rescues only after the newsletter changed, and on complaints only after the allow-list', () => {
    showPlot(weeklyChart(rescues, 'mail rescued from the spam folder'), `Rescued per message moved to spam (simulated): act in week ${rescues.actAt}`);
    showPlot(weeklyChart(complaints, 'spam reported from the inbox'), `Reported per message delivered (simulated): act in week ${complaints.actAt}`);
    expect(rescues.actAt, 'rescues: week to act').not.toBeNull();
    expect(rescues.actAt!, 'rescues: the change starts in week 7').toBeGreaterThanOrEqual(LAUNCH_SCENARIO.spamFolder.change!.fromWeek);
    expect(complaints.actAt, 'complaints: week to act').not.toBeNull();
    expect(complaints.actAt!, 'complaints: the change starts in week 9').toBeGreaterThanOrEqual(LAUNCH_SCENARIO.inbox.change!.fromWeek);
  });

  it('raises far fewer false alarms with two weeks in a row than with one', () => {
    const quiet = { ...LAUNCH_SCENARIO, spamFolder: { ...LAUNCH_SCENARIO.spamFolder, change: undefined }, inbox: { ...LAUNCH_SCENARIO.inbox, perWeek: 0 } };
    const runs = Array.from({ length: 100 }, (_, i) => simulateLaunch({ ...quiet, seed: 100 + i }).rescues);
    const alarms = (consecutive: number) => runs.filter((run) => monitor(run, { baselineWeeks: 4, consecutive }).actAt !== null).length;
    const [one, two] = [alarms(1), alarms(2)];
    expect(one, 'launches with no change where one week above the baseline raised an alarm').toBeGreaterThan(5);
    expect(two * 3, `two weeks in a row (${two} alarms) against one week (${one})`).toBeLessThan(one);
  });

  it('draws each week with its interval against the baseline', () => {
    const chart = weeklyChart(rescues, 'mail rescued from the spam folder');
    const marks = drawn(chart);
    const weekNumbers = rescues.weeks.map((week) => week.week);
    const colours = rescues.weeks.map((week) => week.versusBaseline ?? 'baseline week');
    expect(marks.some((mark) => same(mark.y, [rescues.baseline.rate]) && mark.x === undefined), 'a line across at the baseline’s rate (Plot.ruleY)').toBe(true);
    const baselineLine = (chart.marks ?? []).find((mark) => {
      const [channels] = drawn({ marks: [mark] });
      return channels !== undefined && same(channels.y, [rescues.baseline.rate]) && channels.x === undefined;
    }) as { strokeDasharray?: string } | undefined;
    expect(baselineLine?.strokeDasharray, 'the baseline’s line is dashed (strokeDasharray), so it reads as a reference, not data').toMatch(/\d/);
    expect(marks.some((mark) => same(mark.x, weekNumbers) && same(mark.y1, rescues.weeks.map((week) => week.low)) && same(mark.y2, rescues.weeks.map((week) => week.high)) && same(mark.stroke, colours)), 'a line per week from low to high, stroked by verdict (Plot.ruleX)').toBe(true);
    expect(marks.some((mark) => same(mark.x, weekNumbers) && same(mark.y, rescues.weeks.map((week) => week.rate)) && same(mark.fill, colours)), 'a dot per week at its rate, filled by verdict (Plot.dot)').toBe(true);
  });
});
