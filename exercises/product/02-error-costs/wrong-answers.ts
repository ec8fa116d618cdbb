import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

// Each wrong answer is the solution with one plausible slip.
const solution = readFileSync(new URL('./solution/costs.ts', import.meta.url), 'utf8');
const replace = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" not in the solution`);
  return solution.replace(from, to);
};

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'both mistakes at the same price', files: { 'costs.ts': replace('falseNegatives * costs.falseNegative', 'falseNegatives * costs.falsePositive') } },
  { name: 'volume counts mistakes only', files: { 'costs.ts': replace('const emails = truePositives + falsePositives + trueNegatives + falseNegatives;', 'const emails = falsePositives + falseNegatives + 0 * (truePositives + trueNegatives);') } },
  { name: 'compares only the first two points', files: { 'costs.ts': replace('points.slice(1)', 'points.slice(1, 2)') } },
  { name: 'last point wins a tie', files: { 'costs.ts': replace('costPer10k(point.confusion, costs) < costPer10k(best.confusion, costs)', 'costPer10k(point.confusion, costs) <= costPer10k(best.confusion, costs)') } },
];

export default wrongAnswers;
