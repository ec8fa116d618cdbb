/**
 * The course's SIMULATED quarantine experiment, run twice: once healthy, once with a logging
 * bug that loses some of the treatment's users. Both give a "significant" result; only one of
 * them can be trusted. Your check tells which.
 */
import { describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import { sampleSizePerArm } from '@project/ab-test';
import { QUARANTINE_EXPERIMENT as plan, quarantineDesign } from '@project/experiment-plan';
import { armTotals, simulateExperiment } from '@project/simulate-experiment';
import { sampleRatioTest } from './sample-ratio';

const days = Math.ceil((2 * sampleSizePerArm(plan.baseline, plan.target, { alpha: plan.alpha, power: plan.power })) / plan.usersPerDay);
const shares = [1 - plan.treatmentShare, plan.treatmentShare];
const runs = [
  { run: 'healthy', totals: armTotals(simulateExperiment(quarantineDesign(days))) },
  { run: 'with the logging bug', totals: armTotals(simulateExperiment(quarantineDesign(days, true))) },
].map(({ run, totals }) => ({ run, totals, check: sampleRatioTest([totals.control.users, totals.treatment.users], shares) }));

describe('the sample-ratio check on the simulated experiment', () => {
  it('passes the healthy run and flags the broken one', () => {
    showTable(
      runs.map(({ run, totals, check }) => ({ run, control: totals.control.users, treatment: totals.treatment.users, 'chi-square': check.chiSquare.toFixed(2), 'p-value': check.pValue.toExponential(2) })),
      'Users per arm and your sample-ratio check (simulated data)',
    );
    const [healthy, broken] = runs;
    expect(healthy.check.pValue, `healthy run: ${healthy.totals.control.users} / ${healthy.totals.treatment.users}`).toBeGreaterThan(0.01);
    expect(broken.check.pValue, `broken run: ${broken.totals.control.users} / ${broken.totals.treatment.users} should raise the alarm (p < 0.001)`).toBeLessThan(0.001);
  });
});
