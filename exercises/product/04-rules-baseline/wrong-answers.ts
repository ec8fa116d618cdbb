import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

// Each wrong answer is the solution with one plausible slip.
const solution = readFileSync(new URL('./solution/rules.ts', import.meta.url), 'utf8');
const replace = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" not in the solution`);
  return solution.replace(from, to);
};

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'clamps only at the top', files: { 'rules.ts': replace('Math.min(1, Math.max(0, total))', 'Math.min(1, total)') } },
  { name: 'ignores the rules passed in', files: { 'rules.ts': replace('const fired = rules.filter(', 'const fired = RULES.filter(') } },
  { name: 'counts every character, not letters only', files: { 'rules.ts': replace("const letters = text.replace(/[^A-Za-z]/g, '');", 'const letters = text;') } },
  { name: 'no minimum length for shouting', files: { 'rules.ts': replace('letters.length >= 8 && ', 'letters.length > 0 && ') } },
];

export default wrongAnswers;
