/** What a filter did on a set of emails: spam caught or missed, legitimate email kept or lost. */
export interface Confusion {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

/** The price of each kind of mistake, in any unit as long as both use the same one. */
export interface ErrorCosts {
  /** A legitimate email sent to the spam folder (lost). */
  falsePositive: number;
  /** A spam left in the inbox. */
  falseNegative: number;
}

/**
 * The prices the course works with: a lost legitimate email weighs as much as 50 spam left in
 * the inbox. A judgement about users, not a corpus number (the Product chapter argues it).
 */
export const ASSUMED_COSTS: ErrorCosts = { falsePositive: 50, falseNegative: 1 };

export interface OperatingPoint {
  name: string;
  confusion: Confusion;
}

/** The cost of a filter's mistakes per 10,000 emails, so filters tested on different volumes compare. */
export function costPer10k(confusion: Confusion, costs: ErrorCosts): number {
  const { truePositives, falsePositives, trueNegatives, falseNegatives } = confusion;
  const emails = truePositives + falsePositives + trueNegatives + falseNegatives;
  if (emails === 0) return 0;
  const cost = falsePositives * costs.falsePositive + falseNegatives * costs.falseNegative;
  return (cost / emails) * 10_000;
}

/**
 * The operating point whose mistakes cost least per 10,000 emails (the first one on a tie),
 * leaving `points` in their order. Throws when there is no point to choose from.
 */
export function cheapest(points: OperatingPoint[], costs: ErrorCosts): OperatingPoint {
  if (points.length === 0) throw new Error('cheapest() needs at least one operating point');
  let best = points[0];
  for (const point of points) {
    if (costPer10k(point.confusion, costs) < costPer10k(best.confusion, costs)) best = point;
  }
  return best;
}
