import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '@project/confidence';
import type { Confusion } from '@project/costs';
import { count, percent } from '@project/format';
import { decideLaunch, VERDICT_REASONS } from './launch-decision';

// Illustrative test results, not the project's: `lost` legitimate emails out of `legitimate`,
// beside some spam, caught or not.
const tested = (lost: number, legitimate: number, spam = 200): Confusion => ({
  truePositives: spam - 20,
  falsePositives: lost,
  trueNegatives: legitimate - lost,
  falseNegatives: 20,
});
const LIMIT = 0.005; // at most 1 legitimate email in 200

describe('decideLaunch', () => {
  it('measures the rate on legitimate emails only, and puts the 95% Wilson interval around it', () => {
    const decision = decideLaunch(tested(8, 1000, 4000), LIMIT);
    expect(decision.falsePositiveRate, '8 of 1,000 legitimate emails, whatever the 4,000 spam did').toBeCloseTo(0.008, 12);
    expect(decision.interval, 'wilsonInterval(8, 1000)').toEqual(wilsonInterval(8, 1000));
  });

  it('ships when even the top of the interval is within the limit', () => {
    const decision = decideLaunch(tested(1, 5000), LIMIT);
    expect(decision.verdict, `1 of 5,000: the interval tops out at ${percent(wilsonInterval(1, 5000).high)}`).toBe('ship');
  });

  it('does not ship when even the bottom of the interval is over the limit', () => {
    const decision = decideLaunch(tested(30, 2000), LIMIT);
    expect(decision.verdict, `30 of 2,000: the interval starts at ${percent(wilsonInterval(30, 2000).low)}`).toBe('do not ship');
  });

  it('ships with a guard when the limit lies inside the interval, whichever side the measured rate is on', () => {
    expect(decideLaunch(tested(6, 1000), LIMIT).verdict, '6 of 1,000 is 0.6%, over the limit, but 0.5% is inside its interval').toBe('ship with a guard');
    expect(decideLaunch(tested(4, 1000), LIMIT).verdict, `4 of 1,000 is 0.4%, under the limit, but its interval reaches ${percent(wilsonInterval(4, 1000).high)}`).toBe('ship with a guard');
  });

  it('does not take a clean but small test as proof', () => {
    const decision = decideLaunch(tested(0, 300), LIMIT);
    expect(decision.interval.high, 'no lost email in 300 still allows a rate over 1%').toBeGreaterThan(0.01);
    expect(decision.verdict, `0 of 300: the interval reaches ${percent(decision.interval.high)}, past the limit`).toBe('ship with a guard');
  });

  it('treats the limit as "at most": a bound exactly on the limit is within it', () => {
    const { low, high } = wilsonInterval(3, 1000);
    expect(decideLaunch(tested(3, 1000), high).verdict, 'the top of the interval equals the limit: ship').toBe('ship');
    expect(decideLaunch(tested(3, 1000), low).verdict, 'the bottom equals the limit: not over it, so not "do not ship"').toBe('ship with a guard');
  });

  it('states the counts, the rate, the interval and the limit, then why the verdict follows', () => {
    const decision = decideLaunch(tested(12, 1500), LIMIT);
    const { low, high } = wilsonInterval(12, 1500);
    const text = decision.reasons.join('\n');
    expect(text, 'the counts behind the rate').toContain(`${count(12)} of ${count(1500)}`);
    expect(text, 'the measured rate, to three decimals').toContain(percent(12 / 1500, 3));
    expect(text, 'both ends of the interval, to three decimals').toContain(`${percent(low, 3)} to ${percent(high, 3)}`);
    expect(text, 'the limit, to three decimals').toContain(percent(LIMIT, 3));
    expect(decision.reasons.at(-1), 'the last reason is why this verdict follows').toBe(VERDICT_REASONS[decision.verdict]);
  });

  it('gives every verdict its own reason', () => {
    for (const [lost, legitimate] of [[1, 5000], [6, 1000], [30, 2000]]) {
      const decision = decideLaunch(tested(lost, legitimate), LIMIT);
      expect(decision.reasons.at(-1), `${lost} of ${legitimate}: ${decision.verdict}`).toBe(VERDICT_REASONS[decision.verdict]);
    }
  });

  it('refuses to decide when no legitimate email was tested', () => {
    expect(() => decideLaunch(tested(0, 0), LIMIT), 'no legitimate email: no rate to measure, nothing to decide on').toThrow(/legitimate/);
  });
});
