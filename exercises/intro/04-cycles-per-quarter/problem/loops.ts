/**
 * ILLUSTRATIVE: one design–build–learn loop, three ways, as lists of stages (see `Stage` in
 * cycles.ts). The tests use these, and so does the lesson.
 */

/** Design the change, build it, learn from the result: three specialists, one after the other. */
export const specialists = [
  { name: 'design', team: 'product', workDays: 3 },
  { name: 'build', team: 'data science', workDays: 8 },
  { name: 'learn', team: 'analytics', workDays: 2 },
];

/** The same three stages, done by one person. */
export const endToEnd = specialists.map((stage) => ({ ...stage, team: 'you' }));

/** Product designs and reads the results; data science builds in between. */
export const sandwich = [
  { name: 'design', team: 'product', workDays: 2 },
  { name: 'build', team: 'data science', workDays: 6 },
  { name: 'learn', team: 'product', workDays: 2 },
];

/** Days the work waits in the next team's queue at each hand-off, in the lesson's example. */
export const QUEUE_DAYS = 5;
