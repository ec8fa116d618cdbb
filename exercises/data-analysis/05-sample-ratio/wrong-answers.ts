import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'sample-ratio.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'k degrees of freedom instead of k − 1', files: { 'sample-ratio.ts': slip('const degreesOfFreedom = observed.length - 1;', 'const degreesOfFreedom = observed.length;') } },
  { name: 'assumes an even split whatever the design', files: { 'sample-ratio.ts': slip('const expected = (users * intendedShares[arm]) / shareTotal;', 'const expected = users / observed.length + 0 * shareTotal;') } },
  { name: 'shares taken as they are, not normalised', files: { 'sample-ratio.ts': slip('const expected = (users * intendedShares[arm]) / shareTotal;', 'const expected = users * intendedShares[arm] + 0 * shareTotal;') } },
  { name: 'divides by the observed count instead of the expected', files: { 'sample-ratio.ts': slip('chiSquare += (count - expected) ** 2 / expected;', 'chiSquare += (count - expected) ** 2 / count;') } },
  { name: 'p-value from the CDF, not the upper tail', files: { 'sample-ratio.ts': slip('pValue: chiSquareUpperTail(chiSquare, degreesOfFreedom)', 'pValue: 1 - chiSquareUpperTail(chiSquare, degreesOfFreedom)') } },
];

export default wrongAnswers;
