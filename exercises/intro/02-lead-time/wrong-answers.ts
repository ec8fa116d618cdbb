import type { WrongAnswer } from '../../wrong-answer';

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'a wait between every two stages, same team or not',
    files: {
      'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number { return Math.max(0, stages.length - 1); }
export function leadTime(stages: Stage[], waitDays: number): number {
  return stages.reduce((sum, s) => sum + s.workDays, 0) + countHandoffs(stages) * waitDays;
}`,
    },
  },
  {
    name: 'counts distinct teams instead of changes of hands',
    files: {
      'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number { return Math.max(0, new Set(stages.map((s) => s.team)).size - 1); }
export function leadTime(stages: Stage[], waitDays: number): number {
  return stages.reduce((sum, s) => sum + s.workDays, 0) + countHandoffs(stages) * waitDays;
}`,
    },
  },
  {
    name: 'right hand-offs, but the wait is never added',
    files: {
      'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number {
  let n = 0;
  for (let i = 1; i < stages.length; i++) if (stages[i].team !== stages[i - 1].team) n++;
  return n;
}
export function leadTime(stages: Stage[], waitDays: number): number { return stages.reduce((sum, s) => sum + s.workDays, 0); }`,
    },
  },
];

export default wrongAnswers;
