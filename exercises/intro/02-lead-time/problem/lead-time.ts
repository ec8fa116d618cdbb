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
  return 0;
}

/**
 * Calendar days from start to finish: the days of actual work, plus
 * `waitDays` in a queue at every hand-off (the next team has its own
 * backlog).
 */
export function leadTime(stages: Stage[], waitDays: number): number {
  let days = 0;
  for (const stage of stages) days += stage.workDays;
  // TODO: the work also waits at every hand-off.
  return days;
}
