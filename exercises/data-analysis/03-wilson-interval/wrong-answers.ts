import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'confidence.ts');
const chartSlip = solutionSlips(import.meta.url, 'rate-chart.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'the Wald interval p ± z·√(p(1 − p)/n)',
    files: {
      'confidence.ts': slip(
        'const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);\n  const halfWidth = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));',
        'const centre = p + 0 * z2;\n  const halfWidth = z * Math.sqrt((p * (1 - p)) / trials);',
      ),
    },
  },
  { name: 'centred at p instead of the Wilson centre', files: { 'confidence.ts': slip('const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);', 'const centre = p;') } },
  { name: 'z where z² belongs', files: { 'confidence.ts': slip('const z2 = z * z;', 'const z2 = z;') } },
  { name: 'ignores the z it is given', files: { 'confidence.ts': slip('const z2 = z * z;', 'const z2 = Z_95 * Z_95;\n  z = Z_95;') } },
  { name: 'no trials gives NaN', files: { 'confidence.ts': slip('  if (trials === 0) return { low: 0, high: 1 };\n', '') } },
  { name: 'chart draws the interval around the wrong ends', files: { 'rate-chart.ts': chartSlip("x1: 'low', x2: 'high'", "x1: 'rate', x2: 'high'") } },
];

export default wrongAnswers;
