/** One stage of a design–build–learn cycle, e.g. "build the model", done by one team. */
export interface Stage {
  name: string;
  team: string;
  workDays: number;
}

/** Working days in a quarter: 13 weeks of 5 days, minus a couple of holidays. */
export const QUARTER_DAYS = 63;

/**
 * Working days one cycle takes: the work of every stage, plus `waitDays` in a
 * queue each time the work changes hands, including the hand-off from the
 * last stage back to the first one, where the next cycle begins.
 */
export function cycleDays(cycle: Stage[], waitDays: number): number {
  let days = 0;
  for (const stage of cycle) days += stage.workDays;
  for (let i = 0; i < cycle.length; i++) {
    const next = cycle[(i + 1) % cycle.length];
    if (next.team !== cycle[i].team) days += waitDays;
  }
  return days;
}

/** How many complete cycles fit in `quarterDays` working days (0 for an empty cycle). */
export function cyclesPerQuarter(cycle: Stage[], waitDays: number, quarterDays = QUARTER_DAYS): number {
  const days = cycleDays(cycle, waitDays);
  if (days <= 0) return 0;
  return Math.floor(quarterDays / days);
}
