/**
 * The write-up's charts. Each answers one question its reader asks: how much spam does the
 * filter catch, against the rules it replaces? And where are the mistakes it still makes?
 */
import * as Plot from '@observablehq/plot';
import type { Results } from '@project/artefacts';
import { rateWithInterval, type GroupRow } from '@project/model-card';

export interface CaughtRow {
  model: string;
  rate: number;
  low: number;
  high: number;
}

/**
 * ROC AUC per model, ready made. It ranks the models, but every bar ends near 1: it hides the
 * difference the reader cares about, spam caught under the lost-mail limit.
 */
export function aucChart(results: Results): Plot.PlotOptions {
  const rows = Object.values(results.models).map((model) => ({ model: model.label, auc: model.test.rocAuc }));
  return {
    marginLeft: 140,
    x: { domain: [0, 1], label: 'ROC AUC on the test set', grid: true },
    y: { label: null },
    marks: [Plot.barX(rows, { y: 'model', x: 'auc' })],
  };
}

/** Each model's share of test spam caught at the threshold it chose, with its interval, most first. */
export function caughtRows(results: Results): CaughtRow[] {
  // TODO: one row per model of `results.models`: its label, and the share of test spam it caught
  // (true positives of all spam) with its interval (`rateWithInterval`); most caught first.
  return [];
}

/** A bar per model at its share of spam caught, and a line over its 95% interval. */
export function caughtChart(rows: readonly CaughtRow[]): Plot.PlotOptions {
  return {
    marginLeft: 140,
    x: { domain: [0, 1], label: 'share of test spam caught, at each model’s threshold', percent: true, grid: true },
    y: { label: null, domain: rows.map((row) => row.model) },
    marks: [
      // TODO: a bar per model (Plot.barX, y = model) to its rate, and a line over its interval.
    ],
  };
}

/** A dot per corpus group at the share it got wrong, a line over its interval, coloured by the kind of mistake. */
export function mistakesChart(rows: readonly GroupRow[]): Plot.PlotOptions {
  return {
    marginLeft: 100,
    x: { label: 'share of the group’s test messages the filter got wrong', percent: true, grid: true },
    y: { label: null, domain: rows.map((row) => row.group) },
    color: { legend: true },
    marks: [
      // TODO: a line per group over its interval, and a dot at its rate, both coloured by `mistake`.
    ],
  };
}
