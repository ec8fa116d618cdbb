/**
 * Your chart: each token's spam rate as a dot, and its 95% interval as a line through it. A
 * dot at 100% with a line down to 20% is a token the data knows almost nothing about.
 */
import * as Plot from '@observablehq/plot';

export interface TokenRate {
  /** The token and how many messages it appears in, e.g. `"abidjan" (2 messages)`. */
  label: string;
  rate: number;
  low: number;
  high: number;
}

export function rateChart(rows: readonly TokenRate[]): Plot.PlotOptions {
  return {
    marginLeft: 170,
    x: { domain: [0, 1], label: 'share of its messages that are spam', percent: true, grid: true },
    y: { label: null },
    marks: [
      // TODO: a line per token from low to high (Plot.ruleY, y = label), and a dot at its rate.
    ],
  };
}
