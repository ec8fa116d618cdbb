/**
 * Your statistics on real mail: the facts of every message of the course's sample (words of
 * readable text, and the other columns), summarised per corpus group, as a table and a chart.
 */
import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { showPlot, showTable } from 'course:display';
import { messageFacts } from '@project/message-facts';
import { groupBy, summarize } from './describe';
import { groupChart, type GroupSummary } from './group-chart';

const facts = sample.map((message) => messageFacts(message));
const groups = groupBy(facts, (row) => row.group);
const words: GroupSummary[] = [...groups].map(([group, rows]) => ({ group, ...summarize(rows.map((row) => row.words)) }));

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('the sample, per group', () => {
  it('puts every message in its corpus group', () => {
    showTable(words.map(({ group, n, min, p25, median, p75, max, mean }) => ({ group, n, min, p25, median, p75, max, mean: Math.round(mean) })), 'Words of readable text per message (your summaries of the sample)');
    expect(words.map((row) => row.group), 'the five corpus groups, in name order').toEqual(['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']);
    expect(words.reduce((total, row) => total + row.n, 0), 'messages over all groups').toBe(sample.length);
    for (const row of words) expect(row.n, `${row.group}: messages`).toBe(sample.filter((message) => message.group === row.group).length);
  });

  it('gets each group’s median and quartiles right', () => {
    for (const row of words) {
      const values = facts.filter((fact) => fact.group === row.group).map((fact) => fact.words).sort((a, b) => a - b);
      const middle = (values.length - 1) / 2;
      expect(row.median, `${row.group}: median words of ${values.length} messages`).toBe((values[Math.floor(middle)] + values[Math.ceil(middle)]) / 2);
      expect(row.min, `${row.group}: fewest words`).toBe(values[0]);
      expect(row.max, `${row.group}: most words`).toBe(values.at(-1));
      expect(row.p25, `${row.group}: p25 lies between min and median`).toBeGreaterThanOrEqual(row.min);
      expect(row.p75, `${row.group}: p75 lies between median and max`).toBeLessThanOrEqual(row.max);
    }
  });

  it('shows hard ham’s long tail: its mean is far above its median', () => {
    const hardHam = words.find((row) => row.group === 'hard-ham-1')!;
    expect(hardHam.mean, `hard-ham-1: mean ${Math.round(hardHam.mean)} words, median ${hardHam.median}`).toBeGreaterThan(hardHam.median * 1.2);
  });

  it('draws your chart: a line from p25 to p75 and a dot at the median, per group', () => {
    const chart = groupChart(words, 'words of readable text (log scale)');
    showPlot(chart, 'Words per message, by group: your sample');
    const marks = drawn(chart);
    const groupsDrawn = words.map((row) => row.group);
    const values = (field: 'p25' | 'median' | 'p75') => words.map((row) => row[field]);
    expect(
      marks.some((mark) => same(mark.y, groupsDrawn) && same(mark.x1, values('p25')) && same(mark.x2, values('p75'))),
      'a mark with y = group, x1 = p25 and x2 = p75 (Plot.ruleY)',
    ).toBe(true);
    expect(marks.some((mark) => same(mark.y, groupsDrawn) && same(mark.x, values('median'))), 'a mark with y = group and x = median (Plot.dot)').toBe(true);
  });
});
