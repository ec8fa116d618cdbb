import { describe, expect, it } from 'vitest';
import { countHandoffs, leadTime, type Stage } from './lead-time';

// A relay of specialists: a product manager, a data scientist and an engineer, one after the other.
const specialists: Stage[] = [
  { team: 'product', workDays: 2 },
  { team: 'data science', workDays: 5 },
  { team: 'engineering', workDays: 3 },
];

// The same work done end to end by one person.
const endToEnd: Stage[] = [
  { team: 'you', workDays: 2 },
  { team: 'you', workDays: 5 },
  { team: 'you', workDays: 3 },
];

// Work that goes back and forth: data science hands back to product for a decision.
const backAndForth: Stage[] = [
  { team: 'product', workDays: 1 },
  { team: 'product', workDays: 1 },
  { team: 'data science', workDays: 4 },
  { team: 'product', workDays: 1 },
  { team: 'data science', workDays: 2 },
];

describe('countHandoffs', () => {
  it('finds no hand-off when there is nothing, or only one stage', () => {
    expect(countHandoffs([]), 'no stages, no hand-offs').toBe(0);
    expect(countHandoffs([{ team: 'product', workDays: 3 }]), 'a single stage never changes hands').toBe(0);
  });

  it('counts one hand-off between each pair of different teams in a row', () => {
    expect(countHandoffs(specialists), 'product → data science → engineering is 2 hand-offs').toBe(2);
  });

  it('does not count a hand-off when the same team does the next stage', () => {
    expect(countHandoffs(endToEnd), 'one person doing every stage hands nothing off').toBe(0);
  });

  it('counts every change of hands when work goes back and forth', () => {
    expect(countHandoffs(backAndForth), 'product, product → DS → product → DS is 3 hand-offs').toBe(3);
  });
});

describe('leadTime', () => {
  it('is just the work when nobody waits', () => {
    expect(leadTime(specialists, 0), '2 + 5 + 3 days of work, no queue').toBe(10);
    expect(leadTime([], 5), 'no work takes no time').toBe(0);
  });

  it('adds the wait at every hand-off', () => {
    expect(leadTime(specialists, 5), '10 days of work + 2 hand-offs × 5 days of waiting').toBe(20);
    expect(leadTime(backAndForth, 3), '9 days of work + 3 hand-offs × 3 days of waiting').toBe(18);
  });

  it('adds no wait for the end-to-end person', () => {
    expect(leadTime(endToEnd, 5), 'the same 10 days of work, and no queue to wait in').toBe(10);
  });
});
