import { describe, expect, it } from 'vitest';
import { countHandoffs, leadTime } from './lead-time';
import { backAndForth, endToEnd, QUEUE_DAYS, specialists } from './work';

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
    expect(leadTime([], QUEUE_DAYS), 'no work takes no time').toBe(0);
  });

  it('adds the wait at every hand-off', () => {
    expect(leadTime(specialists, QUEUE_DAYS), `10 days of work + 2 hand-offs × ${QUEUE_DAYS} days of waiting`).toBe(10 + 2 * QUEUE_DAYS);
    expect(leadTime(backAndForth, 3), '9 days of work + 3 hand-offs × 3 days of waiting').toBe(18);
  });

  it('adds no wait for the end-to-end person', () => {
    expect(leadTime(endToEnd, QUEUE_DAYS), 'the same 10 days of work, and no queue to wait in').toBe(10);
  });
});
