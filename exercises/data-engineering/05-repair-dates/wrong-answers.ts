import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

const solution = readFileSync(new URL('./solution/date-repairs.ts', import.meta.url), 'utf8');

/** The solution with one piece of text replaced (throws if the piece is gone, so these stay honest). */
function edit(from: string, to: string): Record<string, string> {
  if (!solution.includes(from)) throw new Error(`wrong answer: "${from}" is not in the solution`);
  return { 'date-repairs.ts': solution.replace(from, to) };
}

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every two-digit year is 20xx', files: edit('year + (year < 50 ? 2000 : 1900)', 'year + 2000') },
  { name: 'tests the number, not the digits: "0102" stays 102', files: edit('if (year < 1000) {', 'if (digits.length === 3) {') },
  { name: 'reads "+-0500" as east of UTC', files: edit("(sign.includes('-') ? -1 : 1)", "(sign === '-' ? -1 : 1)") },
  { name: 'never checks for impossible offsets', files: edit('Number(hours) > 14 || Number(minutes) > 59', 'false') },
];

export default wrongAnswers;
