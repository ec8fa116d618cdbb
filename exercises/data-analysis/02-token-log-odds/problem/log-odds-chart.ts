/**
 * Your chart: the tokens that lean furthest towards spam and towards ham, one bar each, its
 * length the smoothed log-odds (right of zero: spam; left: ham).
 */
import * as Plot from '@observablehq/plot';
import type { TokenLogOdds } from './log-odds';

export function logOddsChart(rows: readonly TokenLogOdds[]): Plot.PlotOptions {
  return {
    marginLeft: 150,
    x: { label: 'smoothed log-odds (← ham · spam →)', grid: true },
    y: { label: null },
    marks: [
      // TODO: a horizontal bar per token (Plot.barX) from 0 to its log-odds, tokens sorted by it
      // (`sort: { y: 'x' }`), and a line at zero (Plot.ruleX([0])).
    ],
  };
}
