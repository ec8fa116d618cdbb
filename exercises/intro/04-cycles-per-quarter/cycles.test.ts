import { describe, expect, it } from 'vitest';
import { cycleDays, cyclesPerQuarter, QUARTER_DAYS, type Stage } from './cycles';

// Design the change, build it, learn from the result: three specialists, one after the other.
const specialists: Stage[] = [
  { name: 'design', team: 'product', workDays: 3 },
  { name: 'build', team: 'data science', workDays: 8 },
  { name: 'learn', team: 'analytics', workDays: 2 },
];

// The same three stages, done by one person.
const endToEnd: Stage[] = specialists.map((stage) => ({ ...stage, team: 'you' }));

// Product designs and reads the results; data science builds in between.
const sandwich: Stage[] = [
  { name: 'design', team: 'product', workDays: 2 },
  { name: 'build', team: 'data science', workDays: 6 },
  { name: 'learn', team: 'product', workDays: 2 },
];

describe('cycleDays', () => {
  it('is only the work when one person does every stage', () => {
    expect(cycleDays(endToEnd, 5), '3 + 8 + 2 days of work, nobody to wait for').toBe(13);
  });

  it('adds a wait at each change of hands, closing the loop included', () => {
    expect(
      cycleDays(specialists, 5),
      '13 days of work + 3 hand-offs × 5 days: product → DS → analytics, and analytics → product for the next design',
    ).toBe(28);
  });

  it('adds no wait where the loop closes on the same team', () => {
    expect(
      cycleDays(sandwich, 5),
      '10 days of work + 2 hand-offs × 5 days (product → DS → product; learn → design stays in product)',
    ).toBe(20);
  });
});

describe('cyclesPerQuarter', () => {
  it(`counts complete cycles in a quarter of ${QUARTER_DAYS} working days`, () => {
    expect(cyclesPerQuarter(endToEnd, 5), '63 ÷ 13 days is 4 finished cycles (a fifth is still running)').toBe(4);
    expect(cyclesPerQuarter(specialists, 5), '63 ÷ 28 days is 2 finished cycles').toBe(2);
  });

  it('uses the quarter length it is given', () => {
    expect(cyclesPerQuarter(sandwich, 5, 60), '60 ÷ 20 days is exactly 3 cycles').toBe(3);
    expect(cyclesPerQuarter(sandwich, 5, 19), 'a cycle that would finish after the quarter does not count').toBe(0);
  });

  it('gives no cycles, and no division by zero, for an empty cycle', () => {
    expect(cyclesPerQuarter([], 5), 'nothing to do is not infinitely many cycles').toBe(0);
  });
});
