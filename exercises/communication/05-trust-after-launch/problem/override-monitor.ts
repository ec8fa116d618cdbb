/**
 * Watching what users do after launch. Each week's rate (mail rescued from the spam folder per
 * message moved there, spam reported per message delivered) is compared with the first weeks'
 * rate, the baseline, with the interval of the difference. One week clearly above the baseline
 * can be chance when many weeks are watched; `consecutive` weeks in a row rarely are, and that
 * is when the numbers say to act.
 */
import { compareRates, type Comparison } from '@project/compare-rates';
import { rateWithInterval, type RateWithInterval } from '@project/model-card';
import type { WeekCount } from '@project/simulate-launch';

export interface MonitorOptions {
  /** The first weeks, pooled, are the baseline later weeks are compared with. */
  baselineWeeks: number;
  /** Weeks in a row clearly above the baseline before acting. */
  consecutive: number;
}

/** Four weeks of baseline; act after two weeks in a row clearly above it. */
export const DEFAULT_MONITOR: MonitorOptions = { baselineWeeks: 4, consecutive: 2 };

export interface WeekRate extends RateWithInterval {
  week: number;
  /** Against the baseline; null for the baseline's own weeks. */
  versusBaseline: Comparison | null;
}

export interface MonitorReport {
  baseline: RateWithInterval;
  weeks: WeekRate[];
  /** The week that completes the first run of `consecutive` weeks above the baseline; null if none. */
  actAt: number | null;
}

export function monitor(counts: readonly WeekCount[], { baselineWeeks, consecutive }: MonitorOptions): MonitorReport {
  // TODO: refuse options under 1 (a RangeError naming the option and its value, as in
  // "baselineWeeks (0)"). Weeks in order; the baseline is the first
  // `baselineWeeks` weeks pooled (`rateWithInterval`); every week gets its own rate, and each
  // later week its verdict against the baseline (`compareRates`). Act at the week that completes
  // the first run of `consecutive` weeks in a row clearly above the baseline.
  const weeks = counts.map((week) => ({ week: week.week, ...rateWithInterval(week.actedOn, week.messages), versusBaseline: null }));
  return { baseline: rateWithInterval(0, 1), weeks, actAt: null };
}
