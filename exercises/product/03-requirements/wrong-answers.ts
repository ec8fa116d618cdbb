import type { WrongAnswer } from '../../wrong-answer';
import { readFileSync } from 'node:fs';

// Each wrong answer is the solution with one plausible slip.
const solution = readFileSync(new URL('./solution/requirements.ts', import.meta.url), 'utf8');
const replace = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" not in the solution`);
  return solution.replace(from, to);
};

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a value at its limit counts as broken (>= instead of >)', files: { 'requirements.ts': replace('value > limit', 'value >= limit') } },
  { name: 'a missing measurement counts as broken', files: { 'requirements.ts': replace('value !== undefined && value > limit', '(value ?? Infinity) > limit') } },
  { name: 'ignores the limits passed in', files: { 'requirements.ts': replace('const limit = limits[requirement];', 'const limit = requirements[requirement];') } },
  { name: 'stops at the first violation', files: { 'requirements.ts': replace('violations.push({ requirement, limit, measured: value });', 'return [{ requirement, limit, measured: value }];') } },
];

export default wrongAnswers;
