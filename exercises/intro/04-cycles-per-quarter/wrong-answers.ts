import type { WrongAnswer } from '../../wrong-answer';

const header = `export interface Stage { name: string; team: string; workDays: number }
export const QUARTER_DAYS = 63;
`;
const work = `  let days = 0;
  for (const stage of cycle) days += stage.workDays;
`;
const floorCycles = `export function cyclesPerQuarter(cycle: Stage[], waitDays: number, quarterDays = QUARTER_DAYS): number {
  const days = cycleDays(cycle, waitDays);
  return days <= 0 ? 0 : Math.floor(quarterDays / days);
}`;

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'forgets the hand-off that closes the loop (a straight line, not a cycle)',
    files: {
      'cycles.ts': `${header}export function cycleDays(cycle: Stage[], waitDays: number): number {
${work}  for (let i = 1; i < cycle.length; i++) if (cycle[i].team !== cycle[i - 1].team) days += waitDays;
  return days;
}
${floorCycles}`,
    },
  },
  {
    name: 'a wait between every two stages, same team or not',
    files: {
      'cycles.ts': `${header}export function cycleDays(cycle: Stage[], waitDays: number): number {
${work}  return days + cycle.length * waitDays;
}
${floorCycles}`,
    },
  },
  {
    name: 'rounds instead of counting finished cycles',
    files: {
      'cycles.ts': `${header}export function cycleDays(cycle: Stage[], waitDays: number): number {
${work}  for (let i = 0; i < cycle.length; i++) if (cycle[(i + 1) % cycle.length].team !== cycle[i].team) days += waitDays;
  return days;
}
export function cyclesPerQuarter(cycle: Stage[], waitDays: number, quarterDays = QUARTER_DAYS): number {
  const days = cycleDays(cycle, waitDays);
  return days <= 0 ? 0 : Math.round(quarterDays / days);
}`,
    },
  },
  {
    name: 'ignores the quarter length it is given',
    files: {
      'cycles.ts': `${header}export function cycleDays(cycle: Stage[], waitDays: number): number {
${work}  for (let i = 0; i < cycle.length; i++) if (cycle[(i + 1) % cycle.length].team !== cycle[i].team) days += waitDays;
  return days;
}
export function cyclesPerQuarter(cycle: Stage[], waitDays: number): number {
  const days = cycleDays(cycle, waitDays);
  return days <= 0 ? 0 : Math.floor(QUARTER_DAYS / days);
}`,
    },
  },
  {
    name: "waits the lesson's 5 days at every hand-off, whatever wait it is given",
    files: {
      'cycles.ts': `${header}export function cycleDays(cycle: Stage[], waitDays: number): number {
${work}  for (let i = 0; i < cycle.length; i++) if (cycle[(i + 1) % cycle.length].team !== cycle[i].team) days += 5;
  return days;
}
${floorCycles}`,
    },
  },
];

export default wrongAnswers;
