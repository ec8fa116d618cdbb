/**
 * Descriptive statistics: the few numbers that summarise a column of values, per group.
 * Quartiles rather than mean ± standard deviation, because message sizes are skewed: one
 * 300 KB newsletter moves a mean a long way and a median not at all.
 */

export interface Summary {
  n: number;
  mean: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

/**
 * The q-quantile of values sorted ascending, interpolating linearly between the two nearest
 * (R's default "type 7", NumPy's default): position q·(n − 1), counted from 0.
 */
export function quantile(sorted: readonly number[], q: number): number {
  // TODO: the value at position q·(n − 1); between two values, the straight line between them.
  return sorted[0];
}

/** Count, mean, extremes and quartiles of `values`, in any order; the input is left as it was. */
export function summarize(values: readonly number[]): Summary {
  // TODO: a RangeError for no values; otherwise sort a copy (numerically!) and read it.
  return { n: values.length, mean: 0, min: 0, p25: 0, median: 0, p75: 0, max: 0 };
}

/** Rows by the group `groupOf` names, groups in name order. */
export function groupBy<T>(rows: readonly T[], groupOf: (row: T) => string): Map<string, T[]> {
  // TODO: collect each group's rows in their order, then give the groups sorted by name.
  return new Map([['all', rows.slice()]]);
}
