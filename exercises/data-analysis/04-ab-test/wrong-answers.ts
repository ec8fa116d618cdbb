import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'ab-test.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'one-sided sample size (all of alpha in one tail)', files: { 'ab-test.ts': slip('const zAlpha = normalQuantile(1 - alpha / 2);', 'const zAlpha = normalQuantile(1 - alpha);') } },
  { name: 'sample size not rounded up', files: { 'ab-test.ts': slip('return Math.ceil((underNull + underAlternative) ** 2 / (target - baseline) ** 2);', 'return Math.round((underNull + underAlternative) ** 2 / (target - baseline) ** 2);') } },
  { name: 'the average rate’s variance in both terms', files: { 'ab-test.ts': slip('Math.sqrt(baseline * (1 - baseline) + target * (1 - target))', 'Math.sqrt(2 * average * (1 - average))') } },
  { name: 'one-sided p-value', files: { 'ab-test.ts': slip('const pValue = 2 * (1 - normalCdf(Math.abs(z)));', 'const pValue = 1 - normalCdf(Math.abs(z));') } },
  { name: 'unpooled standard error in the test', files: { 'ab-test.ts': slip('const z = pooledError === 0 ? 0 : difference / pooledError;', 'const z = pooledError === 0 ? 0 : difference / Math.sqrt((controlRate * (1 - controlRate)) / control.users + (treatmentRate * (1 - treatmentRate)) / treatment.users);') } },
  { name: 'pooled standard error in the interval', files: { 'ab-test.ts': slip('const margin = normalQuantile(1 - (1 - confidence) / 2) * error;', 'const margin = normalQuantile(1 - (1 - confidence) / 2) * pooledError + 0 * error;') } },
  { name: 'control minus treatment', files: { 'ab-test.ts': slip('const difference = treatmentRate - controlRate;', 'const difference = controlRate - treatmentRate;') } },
  { name: 'a 95% interval whatever the confidence asked for', files: { 'ab-test.ts': slip('const margin = normalQuantile(1 - (1 - confidence) / 2) * error;', 'const margin = 1.959964 * error;') } },
];

export default wrongAnswers;
