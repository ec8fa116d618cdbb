import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'date-repairs.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every two-digit year is 20xx', files: { 'date-repairs.ts': slip('year + (year < 50 ? 2000 : 1900)', 'year + 2000') } },
  { name: 'tests the number, not the digits: "0102" stays 102', files: { 'date-repairs.ts': slip('if (year < 1000) {', 'if (digits.length === 3) {') } },
  { name: 'reads "+-0500" as east of UTC', files: { 'date-repairs.ts': slip("(sign.includes('-') ? -1 : 1)", "(sign === '-' ? -1 : 1)") } },
  { name: 'never checks for impossible offsets', files: { 'date-repairs.ts': slip('Number(hours) > 14 || Number(minutes) > 59', 'false') } },
];

export default wrongAnswers;
