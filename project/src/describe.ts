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
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Count, mean, extremes and quartiles of `values`, in any order; the input is left as it was. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('summarize: no values to summarise');
  const sorted = values.slice().sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    mean: total / sorted.length,
    min: sorted[0],
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

/** Rows by the group `groupOf` names, groups in name order. */
export function groupBy<T>(rows: readonly T[], groupOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groupOf(row);
    const members = groups.get(group);
    if (members) members.push(row);
    else groups.set(group, [row]);
  }
  // Group names are unique, so two names are never equal.
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}
