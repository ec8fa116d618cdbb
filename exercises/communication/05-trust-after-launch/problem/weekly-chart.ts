/**
 * How to show the monitor to the people who asked for it: each week's rate with its interval,
 * the baseline as a line across, and the weeks clearly above it in their own colour.
 */
import * as Plot from '@observablehq/plot';
import type { MonitorReport } from '@project/override-monitor';

export function weeklyChart(report: MonitorReport, rateLabel: string): Plot.PlotOptions {
  const weeks = report.weeks.map((week) => ({ ...week, against: week.versusBaseline ?? 'baseline week' }));
  return {
    x: { label: 'week after launch', ticks: weeks.map((week) => week.week) },
    y: { label: rateLabel, percent: true, grid: true, zero: true },
    color: { legend: true, domain: ['baseline week', 'cannot tell', 'higher', 'lower'] },
    marks: [
      // TODO: a dashed line across at the baseline's rate (Plot.ruleY), a line per week over its
      // interval (Plot.ruleX, x = week) and a dot at its rate, both coloured by `against`.
    ],
  };
}
