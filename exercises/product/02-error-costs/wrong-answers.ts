import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'costs.ts');

const loop = `  let best = points[0];
  for (const point of points) {
    if (costPer10k(point.confusion, costs) < costPer10k(best.confusion, costs)) best = point;
  }
  return best;`;

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'both mistakes at the same price', files: { 'costs.ts': slip('falseNegatives * costs.falseNegative', 'falseNegatives * costs.falsePositive') } },
  { name: 'volume counts mistakes only', files: { 'costs.ts': slip('const emails = truePositives + falsePositives + trueNegatives + falseNegatives;', 'const emails = falsePositives + falseNegatives + 0 * (truePositives + trueNegatives);') } },
  { name: 'compares only the first two points', files: { 'costs.ts': slip('for (const point of points)', 'for (const point of points.slice(0, 2))') } },
  { name: 'last point wins a tie', files: { 'costs.ts': slip('costPer10k(point.confusion, costs) < costPer10k(best.confusion, costs)', 'costPer10k(point.confusion, costs) <= costPer10k(best.confusion, costs)') } },
  { name: 'a missed spam always costs 1', files: { 'costs.ts': slip('falseNegatives * costs.falseNegative', 'falseNegatives') } },
  { name: 'rounds the cost to a whole number', files: { 'costs.ts': slip('return (cost / emails) * 10_000;', 'return Math.round((cost / emails) * 10_000);') } },
  {
    name: "sorts the caller's points to find the cheapest",
    files: { 'costs.ts': slip(loop, '  return points.sort((a, b) => costPer10k(a.confusion, costs) - costPer10k(b.confusion, costs))[0];') },
  },
  { name: 'returns undefined for an empty list', files: { 'costs.ts': slip("  if (points.length === 0) throw new Error('cheapest() needs at least one operating point');\n", '') } },
];

export default wrongAnswers;
