/**
 * Drift: has what the filter sees changed since it was trained? The population stability index
 * (PSI) compares two distributions binned the same way: Σ (current − reference) · ln(current /
 * reference) over the bins. It is 0 for identical distributions and grows with every share that
 * moves; a common rule of thumb reads under 0.1 as stable, 0.1 to 0.25 as a shift worth watching
 * and over 0.25 as a large shift. The filter's monitoring applies it to its own scores (no labels
 * needed) and to how often its most influential tokens occur.
 */

/** The share an empty bin is given, so that ln(current / reference) stays finite. */
export const EMPTY_BIN_SHARE = 1e-4;

/**
 * Cut points that split `reference` into `bins` bins of (nearly) equal counts: its quantiles.
 * Repeated cut points (many equal values) are merged, so there may be fewer bins.
 */
export function quantileEdges(reference: readonly number[], bins: number): number[] {
  if (reference.length === 0) throw new RangeError('quantileEdges: no reference values');
  const sorted = reference.slice().sort((a, b) => a - b);
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = sorted[Math.floor((i * sorted.length) / bins)];
    if (edge !== edges.at(-1)) edges.push(edge);
  }
  return edges;
}

/**
 * The share of `values` in each of the bins that `edges` (ascending inner cut points) make:
 * bin 0 is below edges[0], bin i is [edges[i − 1], edges[i]), the last bin is at or above the
 * last edge. The shares add up to 1.
 */
export function binShares(values: readonly number[], edges: readonly number[]): number[] {
  // TODO: a RangeError for no values; else count each value in its bin (a value equal to a cut
  // point belongs to the bin above it) and divide each count by the number of values.
  return edges.map(() => 0).concat(1);
}

/** PSI of two distributions over the same bins (shares adding up to 1); empty bins count as `EMPTY_BIN_SHARE`. */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  // TODO: a RangeError when the two have different numbers of bins; else the sum over the bins
  // of (current − reference) · ln(current / reference), each share at least EMPTY_BIN_SHARE.
  return 0;
}

export interface ScoreDrift {
  psi: number;
  /** Each bin's range and the share of each window in it. */
  bins: { from: number; to: number; reference: number; current: number }[];
}

/** Scores of the current window against the reference, in `bins` bins at the reference's quantiles. */
export function scoreDrift(reference: readonly number[], current: readonly number[], bins = 10): ScoreDrift {
  const edges = quantileEdges(reference, bins);
  const referenceShares = binShares(reference, edges);
  const currentShares = binShares(current, edges);
  const bounds = [0, ...edges, 1];
  return {
    psi: populationStabilityIndex(referenceShares, currentShares),
    bins: referenceShares.map((share, i) => ({ from: bounds[i], to: bounds[i + 1], reference: share, current: currentShares[i] })),
  };
}

export interface TokenShift {
  token: string;
  /** Share of the watched tokens' occurrences (one per message that has the token) in each window. */
  reference: number;
  current: number;
  /** Its term of the PSI sum. */
  contribution: number;
}

/**
 * How often each watched token occurs (counted once per message), as shares of all watched
 * occurrences in each window; PSI over those shares, and the tokens that moved most.
 */
export function tokenDrift(watched: readonly string[], reference: readonly (readonly string[])[], current: readonly (readonly string[])[]): { psi: number; shifts: TokenShift[] } {
  const shares = (messages: readonly (readonly string[])[]) => {
    const counts = new Map(watched.map((token) => [token, 0]));
    for (const tokens of messages) for (const token of new Set(tokens)) if (counts.has(token)) counts.set(token, counts.get(token)! + 1);
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return watched.map((token) => (total === 0 ? 0 : counts.get(token)! / total));
  };
  const before = shares(reference);
  const after = shares(current);
  const shifts = watched.map((token, i) => {
    const expected = Math.max(before[i], EMPTY_BIN_SHARE);
    const actual = Math.max(after[i], EMPTY_BIN_SHARE);
    return { token, reference: before[i], current: after[i], contribution: (actual - expected) * Math.log(actual / expected) };
  });
  return { psi: populationStabilityIndex(before, after), shifts: shifts.sort((a, b) => b.contribution - a.contribution || (a.token < b.token ? -1 : 1)) };
}
