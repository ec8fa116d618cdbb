import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'threshold.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'ignores the confidence level', files: { 'threshold.ts': slip('wilsonInterval(falsePositives, ham, z).high', 'wilsonInterval(falsePositives, ham, 0).high') } },
  { name: 'a rate at the limit is refused', files: { 'threshold.ts': slip('wilsonInterval(falsePositives, ham, z).high > maxFalsePositiveRate', 'wilsonInterval(falsePositives, ham, z).high >= maxFalsePositiveRate') } },
  { name: 'the looser threshold on a tie in cost', files: { 'threshold.ts': slip('cost < best.costPer10k', 'cost <= best.costPer10k') } },
  { name: 'counts by truncating', files: { 'threshold.ts': slip('const falsePositives = Math.round(point.falsePositiveRate * ham);', 'const falsePositives = Math.floor(point.falsePositiveRate * ham);') } },
  { name: 'the most recall within the limit, costs ignored', files: { 'threshold.ts': slip('cost < best.costPer10k', 'point.truePositiveRate > best.recall') } },
];

export default wrongAnswers;
