/**
 * Simulated experiment data, seeded: the course has no real users, so its A/B test runs on
 * numbers drawn here, labelled as simulated wherever they are shown. Each user is assigned to
 * an arm at random and converts with their arm's true rate; a design can also lose a share of
 * one arm's users, the way a buggy redirect or logging change does in real experiments.
 */
import type { ArmResult } from './ab-test';
import { mulberry32 } from './random';

export const ARMS = ['control', 'treatment'] as const;
export type Arm = (typeof ARMS)[number];

export interface ExperimentDesign {
  days: number;
  /** Users entering the experiment each day. */
  usersPerDay: number;
  /** Share of users assigned to the treatment. */
  treatmentShare: number;
  /** The true rate of each arm: what the experiment tries to find out. */
  rates: Record<Arm, number>;
  /** Share of treatment users whose visit is never logged (0 for a healthy experiment). */
  lostTreatmentShare?: number;
  seed: number;
}

export interface ExperimentDay {
  day: number;
  arm: Arm;
  users: number;
  conversions: number;
}

/** Users and conversions per day and arm: day 1 first, control before treatment. */
export function simulateExperiment(design: ExperimentDesign): ExperimentDay[] {
  const random = mulberry32(design.seed);
  const rows: ExperimentDay[] = [];
  for (let day = 1; day <= design.days; day++) {
    const today: Record<Arm, ExperimentDay> = {
      control: { day, arm: 'control', users: 0, conversions: 0 },
      treatment: { day, arm: 'treatment', users: 0, conversions: 0 },
    };
    for (let user = 0; user < design.usersPerDay; user++) {
      const arm: Arm = random() < design.treatmentShare ? 'treatment' : 'control';
      const converted = random() < design.rates[arm];
      if (arm === 'treatment' && random() < (design.lostTreatmentShare ?? 0)) continue;
      today[arm].users++;
      if (converted) today[arm].conversions++;
    }
    rows.push(today.control, today.treatment);
  }
  return rows;
}

/** Users and conversions of each arm over all days (or the days up to `throughDay`). */
export function armTotals(rows: readonly ExperimentDay[], throughDay = Infinity): Record<Arm, ArmResult> {
  const totals: Record<Arm, ArmResult> = { control: { users: 0, conversions: 0 }, treatment: { users: 0, conversions: 0 } };
  for (const row of rows) {
    if (row.day > throughDay) continue;
    totals[row.arm].users += row.users;
    totals[row.arm].conversions += row.conversions;
  }
  return totals;
}
