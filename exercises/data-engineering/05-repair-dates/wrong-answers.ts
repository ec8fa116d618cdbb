import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'date-repairs.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every two-digit year is 20xx', files: { 'date-repairs.ts': slip('year + (year < 50 ? 2000 : 1900)', 'year + 2000') } },
  { name: 'tests the number, not the digits: "0102" stays 102', files: { 'date-repairs.ts': slip('if (year < 1000) {', 'if (digits.length === 3) {') } },
  { name: 'reads "+-0500" as east of UTC', files: { 'date-repairs.ts': slip("(sign.includes('-') ? -1 : 1)", "(sign === '-' ? -1 : 1)") } },
  { name: 'never checks for impossible offsets', files: { 'date-repairs.ts': slip('Number(hours) > 14 || Number(minutes) > 59', 'false') } },
  { name: 'looks named zones up as written: "est" is unknown', files: { 'date-repairs.ts': slip(".exec(zone)?.[1].toUpperCase() ?? ''", ".exec(zone)?.[1] ?? ''") } },
  { name: 'the last of two signs wins: "-+0500" read as east', files: { 'date-repairs.ts': slip("(sign.includes('-') ? -1 : 1)", "(sign.endsWith('-') ? -1 : 1)") } },
  { name: 'takes ±12 hours for the largest zone (+1300 and +1400 exist)', files: { 'date-repairs.ts': slip('Number(hours) > 14', 'Number(hours) > 12') } },
  { name: 'flags "+-1900" twice: the double sign, then the range', files: { 'date-repairs.ts': slip("    if (Number(hours) > 14 || Number(minutes) > 59) {\n      fixes.push('malformed zone'); // `-1900`: no such zone, and no way to guess the right one\n      return 0;\n    }\n    if (sign.length === 2) fixes.push('malformed zone'); // `+-0500`: the minus is what was meant", "    if (sign.length === 2) fixes.push('malformed zone');\n    if (Number(hours) > 14 || Number(minutes) > 59) {\n      fixes.push('malformed zone');\n      return 0;\n    }") } },
  { name: 'two-digit years up to and including 50 are 20xx', files: { 'date-repairs.ts': slip('year < 50 ?', 'year <= 50 ?') } },
  { name: 'looks for a numeric zone anywhere, not where the zone starts', files: { 'date-repairs.ts': slip('const numeric = /^(\\+-|-\\+|[+-])', 'const numeric = /(\\+-|-\\+|[+-])') } },
];

export default wrongAnswers;
