/**
 * The experiment the course runs on simulated users: should the filter move what it calls spam
 * to a quarantine folder instead of deleting it? Users of the quarantine arm can rescue a
 * legitimate message the filter got wrong, so fewer of them should report a lost email. The
 * plan is fixed before any data is seen: metric, baseline, the smallest change worth finding,
 * alpha and power.
 */
import type { ExperimentDesign } from './simulate-experiment';

export const QUARANTINE_EXPERIMENT = {
  metric: 'share of users who report a lost legitimate email during the experiment',
  /** The metric today, from support tickets (a planning assumption of the simulation). */
  baseline: 0.02,
  /** The smallest improvement worth shipping the folder for. */
  target: 0.016,
  alpha: 0.05,
  power: 0.8,
  usersPerDay: 2_500,
  treatmentShare: 0.5,
  /** What the simulation draws from; in a real test nobody knows these. */
  trueRates: { control: 0.02, treatment: 0.016 },
  /** Share of treatment users a logging bug loses in the broken run, for the sample-ratio check. */
  lostTreatmentShare: 0.05,
  seed: 3,
} as const;

/** The simulation of the plan, run for `days` days (with the logging bug when `broken`). */
export function quarantineDesign(days: number, broken = false): ExperimentDesign {
  const { usersPerDay, treatmentShare, trueRates, lostTreatmentShare, seed } = QUARANTINE_EXPERIMENT;
  return { days, usersPerDay, treatmentShare, rates: trueRates, seed, lostTreatmentShare: broken ? lostTreatmentShare : 0 };
}
