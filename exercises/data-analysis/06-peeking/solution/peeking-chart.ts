/**
 * Your chart: the false-positive rate of "stop as soon as p < alpha" against the number of
 * looks, with the rate the test promises (alpha) as a line across.
 */
import * as Plot from '@observablehq/plot';

export interface PeekingPoint {
  peeks: number;
  falsePositiveRate: number;
}

export function peekingChart(points: readonly PeekingPoint[], alpha: number): Plot.PlotOptions {
  return {
    x: { type: 'log', label: 'looks at the data (log scale)', ticks: points.map((point) => point.peeks), tickFormat: 'd' },
    y: { domain: [0, 0.35], label: 'false-positive rate', percent: true, grid: true },
    marks: [
      Plot.lineY(points, { x: 'peeks', y: 'falsePositiveRate' }),
      Plot.ruleY([alpha]),
    ],
  };
}
