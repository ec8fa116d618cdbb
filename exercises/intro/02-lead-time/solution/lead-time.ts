/** One step of a piece of work, e.g. "build the features", done by one team. */
export interface Stage {
  team: string;
  workDays: number;
}

/**
 * How many times the work changes hands: once each time a stage is
 * done by a different team than the stage before it.
 */
export function countHandoffs(stages: Stage[]): number {
  let handoffs = 0;
  for (let i = 1; i < stages.length; i++) {
    if (stages[i].team !== stages[i - 1].team) handoffs++;
  }
  return handoffs;
}

/**
 * Calendar days from start to finish: the days of actual work, plus
 * `waitDays` in a queue at every hand-off (the next team has its own
 * backlog).
 */
export function leadTime(stages: Stage[], waitDays: number): number {
  let days = 0;
  for (const stage of stages) days += stage.workDays;
  return days + countHandoffs(stages) * waitDays;
}
