/**
 * Watching what users do after launch. Each week's rate (mail rescued from the spam folder per
 * message moved there, spam reported per message delivered) is compared with the first weeks'
 * rate, the baseline, with the interval of the difference. One week clearly above the baseline
 * can be chance when many weeks are watched; `consecutive` weeks in a row rarely are, and that
 * is when the numbers say to act.
 */
import { compareRates, type Comparison } from './compare-rates';
import { rateWithInterval, type RateWithInterval } from './model-card';
import type { WeekCount } from './simulate-launch';

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
  if (baselineWeeks < 1 || consecutive < 1) throw new RangeError(`baselineWeeks (${baselineWeeks}) and consecutive (${consecutive}) must both be at least 1.`);
  const ordered = [...counts].sort((a, b) => a.week - b.week);
  const first = ordered.slice(0, baselineWeeks);
  const baseline = rateWithInterval(
    first.reduce((sum, week) => sum + week.actedOn, 0),
    first.reduce((sum, week) => sum + week.messages, 0),
  );
  let run = 0;
  let actAt: number | null = null;
  const weeks = ordered.map((week, index): WeekRate => {
    const rate = rateWithInterval(week.actedOn, week.messages);
    if (index < baselineWeeks) return { week: week.week, ...rate, versusBaseline: null };
    const versusBaseline = compareRates(rate, baseline).verdict;
    run = versusBaseline === 'higher' ? run + 1 : 0;
    if (run >= consecutive && actAt === null) actAt = week.week;
    return { week: week.week, ...rate, versusBaseline };
  });
  return { baseline, weeks, actAt };
}
