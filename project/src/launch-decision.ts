import { wilsonInterval } from './confidence';
import type { Confusion } from './costs';
import { count, percent } from './format';

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
  const legitimate = confusion.falsePositives + confusion.trueNegatives;
  if (legitimate === 0) throw new RangeError('decideLaunch needs at least one legitimate test email: with none there is no rate to decide on');
  const falsePositiveRate = confusion.falsePositives / legitimate;
  const interval = wilsonInterval(confusion.falsePositives, legitimate);
  let verdict: Verdict = 'ship with a guard';
  if (interval.high <= maxFalsePositiveRate) verdict = 'ship';
  else if (interval.low > maxFalsePositiveRate) verdict = 'do not ship';
  return {
    verdict,
    falsePositiveRate,
    interval,
    // Three decimals: a bound a hair over the limit must not print as equal to it.
    reasons: [
      `Measured: ${count(confusion.falsePositives)} of ${count(legitimate)} legitimate test emails sent to spam, a false-positive rate of ${percent(falsePositiveRate, 3)}.`,
      `95% interval: ${percent(interval.low, 3)} to ${percent(interval.high, 3)}.`,
      `Requirement: at most ${percent(maxFalsePositiveRate, 3)}.`,
      VERDICT_REASONS[verdict],
    ],
  };
}
