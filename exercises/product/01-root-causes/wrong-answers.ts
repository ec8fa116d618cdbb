import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

// Each wrong answer is the solution with one plausible slip.
const solution = readFileSync(new URL('./solution/diagnose.ts', import.meta.url), 'utf8');
const replace = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" not in the solution`);
  return solution.replace(from, to);
};

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'compares sign-ups with the first week', files: { 'diagnose.ts': replace('fires(cause, week, weeks[i - 1])', 'fires(cause, week, i === 0 ? undefined : weeks[0])') } },
  { name: 'keeps the fixed order of causes instead of the earliest first', files: { 'diagnose.ts': replace('return suspects.sort((a, b) => order(a) - order(b));', 'void order;\n  return suspects;') } },
  { name: 'reports the last week a cause fired', files: { 'diagnose.ts': replace('weeks.findIndex((week, i) => fires(', 'weeks.findLastIndex((week, i) => fires(') } },
  { name: 'limits taken as "at least" (>=) instead of "more than"', files: { 'diagnose.ts': replace('week.modelAgeDays > LIMITS', 'week.modelAgeDays >= LIMITS').replace('week.signups > LIMITS', 'week.signups >= LIMITS') } },
];

export default wrongAnswers;
