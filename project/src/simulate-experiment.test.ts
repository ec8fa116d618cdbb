import { describe, expect, it } from 'vitest';
import { armTotals, simulateExperiment } from './simulate-experiment';

const design = { days: 3, usersPerDay: 1000, treatmentShare: 0.5, rates: { control: 0.2, treatment: 0.1 }, seed: 1 };

describe('simulateExperiment', () => {
  it('is seeded: the same design gives the same rows', () => {
    expect(simulateExperiment(design)).toEqual(simulateExperiment(design));
    expect(simulateExperiment({ ...design, seed: 2 })).not.toEqual(simulateExperiment(design));
  });

  it('gives one row per day and arm, every user counted once', () => {
    const rows = simulateExperiment(design);
    expect(rows.map((row) => `${row.day} ${row.arm}`)).toEqual(['1 control', '1 treatment', '2 control', '2 treatment', '3 control', '3 treatment']);
    const totals = armTotals(rows);
    expect(totals.control.users + totals.treatment.users).toBe(3000);
    expect(totals.control.conversions / totals.control.users).toBeCloseTo(0.2, 1);
    expect(totals.treatment.conversions / totals.treatment.users).toBeCloseTo(0.1, 1);
    expect(armTotals(rows, 1).control.users + armTotals(rows, 1).treatment.users).toBe(1000);
  });

  it('loses a share of treatment users when the design says so', () => {
    const totals = armTotals(simulateExperiment({ ...design, usersPerDay: 10_000, lostTreatmentShare: 0.2 }));
    expect(totals.treatment.users / totals.control.users).toBeCloseTo(0.8, 1);
  });
});
