import { describe, expect, it } from 'vitest';
import { QUARANTINE_EXPERIMENT, quarantineDesign } from './experiment-plan';

describe('quarantineDesign', () => {
  it('simulates the plan, healthy or with its logging bug', () => {
    expect(quarantineDesign(14)).toMatchObject({ days: 14, usersPerDay: QUARANTINE_EXPERIMENT.usersPerDay, lostTreatmentShare: 0, seed: QUARANTINE_EXPERIMENT.seed });
    expect(quarantineDesign(14, true).lostTreatmentShare).toBe(QUARANTINE_EXPERIMENT.lostTreatmentShare);
  });
});
