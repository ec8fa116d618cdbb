import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'compare-rates.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'the Wald interval d ± 1.96·se',
    files: {
      'compare-rates.ts': slip(
        '  const low = difference - Math.sqrt((pa - wa.low) ** 2 + (wb.high - pb) ** 2);\n  const high = difference + Math.sqrt((wa.high - pa) ** 2 + (pb - wb.low) ** 2);',
        '  const se = Math.sqrt((pa * (1 - pa)) / a.of + (pb * (1 - pb)) / b.of) + 0 * (wa.low + wb.low);\n  const low = difference - 1.959964 * se;\n  const high = difference + 1.959964 * se;',
      ),
    },
  },
  { name: 'each side’s uncertainty on the wrong end', files: { 'compare-rates.ts': slip('Math.sqrt((pa - wa.low) ** 2 + (wb.high - pb) ** 2)', 'Math.sqrt((wa.high - pa) ** 2 + (pb - wb.low) ** 2)') } },
  { name: 'the verdict from the point difference', files: { 'compare-rates.ts': slip("high < 0 ? 'lower' : low > 0 ? 'higher' : 'cannot tell'", "difference < 0 ? 'lower' : difference > 0 ? 'higher' : 'cannot tell'") } },
  { name: '"lower" printed with the interval as it is, negative', files: { 'compare-rates.ts': slip("verdict === 'higher' ? [low, high] : [-high, -low]", "verdict === 'higher' ? [low, high] : [low, high]") } },
];

export default wrongAnswers;
