/**
 * The course's experiment, on SIMULATED users (no real person is in these numbers): a quarantine
 * folder instead of deleting what the filter calls spam. Your sample size decides how long it
 * runs; your test reads the result.
 */
import { describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import { QUARANTINE_EXPERIMENT as plan, quarantineDesign } from '@project/experiment-plan';
import { armTotals, simulateExperiment } from '@project/simulate-experiment';
import { sampleSizePerArm, twoProportionTest } from './ab-test';

const perArm = sampleSizePerArm(plan.baseline, plan.target, { alpha: plan.alpha, power: plan.power });
const days = Math.ceil((2 * perArm) / plan.usersPerDay);
const totals = armTotals(simulateExperiment(quarantineDesign(days)));
const result = twoProportionTest(totals.control, totals.treatment);
const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

describe('the quarantine experiment (simulated)', () => {
  it('is planned before it starts: users per arm and days to run', () => {
    showTable([{ baseline: pct(plan.baseline), target: pct(plan.target), alpha: plan.alpha, power: plan.power, 'users per arm': perArm, 'users per day': plan.usersPerDay, days }], 'Your plan');
    expect(Number.isInteger(perArm) && perArm > 0, `users per arm: ${perArm}`).toBe(true);
    expect(days * plan.usersPerDay, `${days} days of ${plan.usersPerDay} users must cover both arms`).toBeGreaterThanOrEqual(2 * perArm);
  });

  it('reads the result with a two-sided test and an interval', () => {
    showTable(
      [
        { arm: 'control (deletes)', users: totals.control.users, reports: totals.control.conversions, rate: pct(result.controlRate) },
        { arm: 'treatment (quarantine)', users: totals.treatment.users, reports: totals.treatment.conversions, rate: pct(result.treatmentRate) },
      ],
      'Simulated users who reported a lost email',
    );
    showTable([{ difference: pct(result.difference), z: result.z.toFixed(3), 'p-value': result.pValue.toFixed(4), '95% interval': `${pct(result.interval.low)} to ${pct(result.interval.high)}` }], 'Your test');
    expect(result.difference, 'treatment − control').toBeCloseTo(result.treatmentRate - result.controlRate, 12);
    expect(result.interval.low, 'the interval lies around the difference').toBeLessThan(result.difference);
    expect(result.interval.high, 'the interval lies around the difference').toBeGreaterThan(result.difference);
    // p < 0.05 and a 95% interval that excludes 0 should agree (they can part only at the margin).
    expect(result.pValue < plan.alpha, `p = ${result.pValue.toFixed(4)}; interval ${pct(result.interval.low)} to ${pct(result.interval.high)}`).toBe(result.interval.high < 0 || result.interval.low > 0);
  });
});
