import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'costs.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'both mistakes at the same price', files: { 'costs.ts': slip('falseNegatives * costs.falseNegative', 'falseNegatives * costs.falsePositive') } },
  { name: 'volume counts mistakes only', files: { 'costs.ts': slip('const emails = truePositives + falsePositives + trueNegatives + falseNegatives;', 'const emails = falsePositives + falseNegatives + 0 * (truePositives + trueNegatives);') } },
  { name: 'compares only the first two points', files: { 'costs.ts': slip('points.slice(1)', 'points.slice(1, 2)') } },
  { name: 'last point wins a tie', files: { 'costs.ts': slip('costPer10k(point.confusion, costs) < costPer10k(best.confusion, costs)', 'costPer10k(point.confusion, costs) <= costPer10k(best.confusion, costs)') } },
];

export default wrongAnswers;
