import { wilsonInterval } from '@project/confidence';
import type { Confusion } from '@project/costs';
import { count, percent } from '@project/format';

export type Verdict = 'ship' | 'ship with a guard' | 'do not ship';

/** Why each verdict follows from where the interval lies: the sentence the design doc states. */
export const VERDICT_REASONS: Record<Verdict, string> = {
  ship: 'Even the top of the interval is within the limit: the test period supports the requirement.',
  'ship with a guard':
    'The limit lies inside the interval: the test period cannot tell whether the requirement holds. ' +
    'Ship only where a lost email can be recovered, and keep measuring until the interval settles on one side.',
  'do not ship': 'Even the bottom of the interval is over the limit: the test period shows the requirement is broken.',
};

export interface LaunchDecision {
  verdict: Verdict;
  /** Share of the legitimate test emails that were sent to the spam folder. */
  falsePositiveRate: number;
  /** Its 95% Wilson interval. */
  interval: { low: number; high: number };
  /** What the design doc must state: the measurement, its interval, the limit, and why the verdict follows. */
  reasons: string[];
}

/**
 * Ship, ship with a guard, or do not ship: decided from the false-positive rate a filter
 * measured on the test period, its 95% interval, and the requirement `maxFalsePositiveRate`
 * ("at most"). Only legitimate emails can be false positives, so they are the trials; with none,
 * there is nothing to decide on and it throws.
 */
export function decideLaunch(confusion: Confusion, maxFalsePositiveRate: number): LaunchDecision {
  // Your code, in three steps:
  //  1. the false-positive rate, and its 95% interval: wilsonInterval(successes, trials)
  //  2. the verdict, from where the interval lies against the limit
  //  3. the reasons, in this order: the counts and the rate, the interval, the limit, then
  //     VERDICT_REASONS[verdict]. Write counts with count() and shares with percent(share, 3):
  //     with three decimals, a bound a hair over the limit does not print as equal to it.
  return { verdict: 'ship', falsePositiveRate: 0, interval: { low: 0, high: 0 }, reasons: [] };
}
