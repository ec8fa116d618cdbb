/**
 * Two rates side by side, and what the data can say about their difference. The interval of
 * the difference is Newcombe's hybrid score interval ("Interval estimation for the difference
 * between independent proportions", Statistics in Medicine, 1998, method 10), built from each
 * rate's Wilson interval, so it behaves at small counts where p₁ − p₂ ± z·se does not.
 */
import { wilsonInterval } from '@project/confidence';
import { count, percent } from '@project/format';

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
  // TODO 1: refuse a side with nothing measured (RangeError). Then the difference of the rates,
  // its interval from each rate's Wilson interval (the lesson gives the formula), and the
  // verdict: 'lower' when the whole interval is below 0, 'higher' when it is above, else 'cannot tell'.
  return { difference: a.count / a.of - b.count / b.of, low: 0, high: 0, verdict: 'cannot tell' };
}

/**
 * Both rates and what their difference supports, in two sentences:
 * "Naive Bayes: 5 of 1,444 (0.35%). Logistic regression: 2 of 1,444 (0.14%)." then either
 * "Naive Bayes is higher by 0.21 points (95% interval …)." or "The difference, +0.21 points
 * (95% interval −0.21 to +0.68), could be chance: this test cannot tell them apart."
 */
export function describeComparison(a: Named, b: Named): string {
  // TODO 2: both rates, then what the difference supports, in the words of the tests.
  return `${a.name}: ${a.count} of ${a.of}. ${b.name}: ${b.count} of ${b.of}.`;
}

/** A difference of shares in percentage points: 0.0021 → "0.21", signed → "+0.21", −0.0021 → "−0.21". */
function points(share: number, signed = false): string {
  const value = (share * 100).toFixed(2).replace('-', '−');
  return signed && share >= 0 ? `+${value}` : value;
}
