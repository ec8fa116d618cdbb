import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'peeking.ts');
const chartSlip = solutionSlips(import.meta.url, 'peeking-chart.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'each look tests only the newest users, not all so far',
    files: { 'peeking.ts': slip('    for (let peek = 0; peek < peeks; peek++) {\n', '    for (let peek = 0; peek < peeks; peek++) {\n      control.users = control.conversions = treatment.users = treatment.conversions = 0;\n') },
  },
  { name: 'looks only once, at the end (no inflation to see)', files: { 'peeking.ts': slip('if (twoProportionTest(control, treatment).pValue < alpha) {', 'if (peek === peeks - 1 && twoProportionTest(control, treatment).pValue < alpha) {') } },
  { name: 'counts every significant look, not every experiment', files: { 'peeking.ts': slip('        falsePositives++;\n        break;', '        falsePositives++;') } },
  { name: 'unseeded (Math.random)', files: { 'peeking.ts': slip('const random = mulberry32(seed);', 'const random = Math.random;') } },
  { name: 'a fresh generator per experiment, all with the same seed', files: { 'peeking.ts': slip('    const control: ArmResult = { users: 0, conversions: 0 };', '    const random = mulberry32(seed);\n    const control: ArmResult = { users: 0, conversions: 0 };') } },
  { name: 'ignores alpha (always 0.05)', files: { 'peeking.ts': slip('.pValue < alpha)', '.pValue < 0.05)') } },
  { name: 'chart without the alpha line', files: { 'peeking-chart.ts': chartSlip('      Plot.ruleY([alpha]),\n', '') } },
];

export default wrongAnswers;
