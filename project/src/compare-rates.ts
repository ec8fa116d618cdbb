/**
 * Two rates side by side, and what the data can say about their difference. The interval of
 * the difference is Newcombe's hybrid score interval ("Interval estimation for the difference
 * between independent proportions", Statistics in Medicine, 1998, method 10), built from each
 * rate's Wilson interval, so it behaves at small counts where p₁ − p₂ ± z·se does not.
 */
import { wilsonInterval } from './confidence';
import { count, percent } from './format';

export interface Counted {
  count: number;
  of: number;
}

export interface Named extends Counted {
  name: string;
}

/** `a` against `b`: clearly lower, clearly higher, or a difference chance alone could make. */
export const COMPARISONS = ['lower', 'higher', 'cannot tell'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface RateDifference {
  /** a's rate − b's rate. */
  difference: number;
  /** The difference's 95% interval. */
  low: number;
  high: number;
  verdict: Comparison;
}

/** a − b with its 95% interval (Newcombe's method 10). Throws when either side measured nothing. */
export function compareRates(a: Counted, b: Counted): RateDifference {
  if (a.of === 0 || b.of === 0) throw new RangeError(`${a.count} of ${a.of} against ${b.count} of ${b.of}: a side with nothing measured has no rate to compare.`);
  const pa = a.count / a.of;
  const pb = b.count / b.of;
  const wa = wilsonInterval(a.count, a.of);
  const wb = wilsonInterval(b.count, b.of);
  const difference = pa - pb;
  const low = difference - Math.sqrt((pa - wa.low) ** 2 + (wb.high - pb) ** 2);
  const high = difference + Math.sqrt((wa.high - pa) ** 2 + (pb - wb.low) ** 2);
  const verdict: Comparison = high < 0 ? 'lower' : low > 0 ? 'higher' : 'cannot tell';
  return { difference, low, high, verdict };
}

/**
 * Both rates and what their difference supports, in two sentences:
 * "Naive Bayes: 5 of 1,444 (0.35%). Logistic regression: 2 of 1,444 (0.14%)." then either
 * "Naive Bayes is higher by 0.21 points (95% interval …)." or "The difference, +0.21 points
 * (95% interval −0.21 to +0.68), could be chance: this test cannot tell them apart."
 */
export function describeComparison(a: Named, b: Named): string {
  const { difference, low, high, verdict } = compareRates(a, b);
  const rates = `${a.name}: ${count(a.count)} of ${count(a.of)} (${percent(a.count / a.of)}). ${b.name}: ${count(b.count)} of ${count(b.of)} (${percent(b.count / b.of)}).`;
  if (verdict === 'cannot tell') {
    return `${rates} The difference, ${points(difference, true)} points (95% interval ${points(low, true)} to ${points(high, true)}), could be chance: this test cannot tell them apart.`;
  }
  const [near, far] = verdict === 'higher' ? [low, high] : [-high, -low];
  return `${rates} ${a.name} is ${verdict} by ${points(Math.abs(difference))} points (95% interval ${points(near)} to ${points(far)}).`;
}

/** A difference of shares in percentage points: 0.0021 → "0.21", signed → "+0.21", −0.0021 → "−0.21". */
function points(share: number, signed = false): string {
  const value = (share * 100).toFixed(2).replace('-', '−');
  return signed && share >= 0 ? `+${value}` : value;
}
