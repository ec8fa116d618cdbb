/**
 * ILLUSTRATIVE: one piece of work, three ways, as lists of stages (see `Stage` in lead-time.ts).
 * The tests use these, and so does the lesson.
 */

/** A relay of specialists: a product manager, a data scientist and an engineer, one after the other. */
export const specialists = [
  { team: 'product', workDays: 2 },
  { team: 'data science', workDays: 5 },
  { team: 'engineering', workDays: 3 },
];

/** The same work done end to end by one person. */
export const endToEnd = specialists.map((stage) => ({ ...stage, team: 'you' }));

/** Work that goes back and forth: data science hands back to product for a decision. */
export const backAndForth = [
  { team: 'product', workDays: 1 },
  { team: 'product', workDays: 1 },
  { team: 'data science', workDays: 4 },
  { team: 'product', workDays: 1 },
  { team: 'data science', workDays: 2 },
];

/** Days the work waits in the next team's queue at each hand-off, in the lesson's example. */
export const QUEUE_DAYS = 5;
