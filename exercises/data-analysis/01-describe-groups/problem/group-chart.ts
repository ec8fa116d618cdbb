/**
 * Your chart: one line per group from its 25th to its 75th percentile, and a dot at its median,
 * on a log scale (sizes span three orders of magnitude).
 */
import * as Plot from '@observablehq/plot';
import type { Summary } from './describe';

export type GroupSummary = Summary & { group: string };

export function groupChart(rows: readonly GroupSummary[], label: string): Plot.PlotOptions {
  return {
    marginLeft: 90,
    x: { type: 'log', label, grid: true },
    y: { label: null },
    marks: [
      // TODO: a rule per group from p25 to p75 (Plot.ruleY), and a dot at the median (Plot.dot).
    ],
  };
}
