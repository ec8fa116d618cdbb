import { describe, expect, it } from 'vitest';
import { cycleDays, cyclesPerQuarter, QUARTER_DAYS } from './cycles';
import { endToEnd, QUEUE_DAYS, sandwich, specialists } from './loops';

describe('cycleDays', () => {
  it('is only the work when one person does every stage', () => {
    expect(cycleDays(endToEnd, QUEUE_DAYS), '3 + 8 + 2 days of work, nobody to wait for').toBe(13);
  });

  it('adds a wait at each change of hands, closing the loop included', () => {
    expect(
      cycleDays(specialists, QUEUE_DAYS),
      `13 days of work + 3 hand-offs × ${QUEUE_DAYS} days: product → DS → analytics, and analytics → product for the next design`,
    ).toBe(13 + 3 * QUEUE_DAYS);
  });

  it('adds no wait where the loop closes on the same team', () => {
    expect(
      cycleDays(sandwich, QUEUE_DAYS),
      `10 days of work + 2 hand-offs × ${QUEUE_DAYS} days (product → DS → product; learn → design stays in product)`,
    ).toBe(10 + 2 * QUEUE_DAYS);
  });

  it('uses the wait it is given, not the lesson\'s example', () => {
    expect(cycleDays(specialists, 0), 'no queue: only the 13 days of work').toBe(13);
    expect(cycleDays(specialists, 2), '13 days of work + 3 hand-offs × 2 days').toBe(19);
    expect(cycleDays(sandwich, 10), '10 days of work + 2 hand-offs × 10 days').toBe(30);
  });

  it('has no hand-off in a one-stage loop: it closes on itself', () => {
    expect(cycleDays([{ name: 'all of it', team: 'you', workDays: 4 }], QUEUE_DAYS), 'one stage, 4 days, no queue').toBe(4);
  });
});

describe('cyclesPerQuarter', () => {
  it(`counts complete cycles in a quarter of ${QUARTER_DAYS} working days`, () => {
    expect(cyclesPerQuarter(endToEnd, QUEUE_DAYS), '63 ÷ 13 days is 4 finished cycles (a fifth is still running)').toBe(4);
    expect(cyclesPerQuarter(specialists, QUEUE_DAYS), '63 ÷ 28 days is 2 finished cycles').toBe(2);
  });

  it('uses the quarter length and the wait it is given', () => {
    expect(cyclesPerQuarter(sandwich, QUEUE_DAYS, 60), '60 ÷ 20 days is exactly 3 cycles: the third ends on the last day').toBe(3);
    expect(cyclesPerQuarter(sandwich, QUEUE_DAYS, 19), 'a cycle that would finish after the quarter does not count').toBe(0);
    expect(cyclesPerQuarter(specialists, 0), 'with no queue, 63 ÷ 13 days is 4 cycles').toBe(4);
  });

  it('gives no cycles, and no division by zero, for an empty cycle', () => {
    expect(cyclesPerQuarter([], QUEUE_DAYS), 'nothing to do is not infinitely many cycles').toBe(0);
  });
});
