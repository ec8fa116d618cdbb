import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'launch-decision.ts');

const verdictRule = `  let verdict: Verdict = 'ship with a guard';
  if (interval.high <= maxFalsePositiveRate) verdict = 'ship';
  else if (interval.low > maxFalsePositiveRate) verdict = 'do not ship';`;

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'decides on the measured rate alone',
    files: { 'launch-decision.ts': slip(verdictRule, "  const verdict: Verdict = falsePositiveRate <= maxFalsePositiveRate ? 'ship' : 'do not ship';") },
  },
  {
    name: 'a guard whenever the measured rate is over the limit, else ship',
    files: { 'launch-decision.ts': slip(verdictRule, "  const verdict: Verdict = falsePositiveRate <= maxFalsePositiveRate ? 'ship' : 'ship with a guard';") },
  },
  {
    name: 'the textbook interval p ± z·√(p(1−p)/n), which is a single point when nothing was lost',
    files: {
      'launch-decision.ts': slip(
        'const interval = wilsonInterval(confusion.falsePositives, legitimate);',
        'const margin = 1.959964 * Math.sqrt((falsePositiveRate * (1 - falsePositiveRate)) / legitimate);\n  const interval = { low: Math.max(0, falsePositiveRate - margin), high: falsePositiveRate + margin };',
      ),
    },
  },
  {
    name: 'every test email counted as a trial, spam included',
    files: {
      'launch-decision.ts': slip(
        'const legitimate = confusion.falsePositives + confusion.trueNegatives;',
        'const legitimate = confusion.falsePositives + confusion.trueNegatives + confusion.truePositives + confusion.falseNegatives;',
      ),
    },
  },
  {
    name: 'false positives over everything flagged (the false discovery rate)',
    files: {
      'launch-decision.ts': slip('const falsePositiveRate = confusion.falsePositives / legitimate;', 'const falsePositiveRate = confusion.falsePositives / (confusion.falsePositives + confusion.truePositives);'),
    },
  },
  { name: 'a top exactly on the limit is not within it', files: { 'launch-decision.ts': slip('interval.high <= maxFalsePositiveRate', 'interval.high < maxFalsePositiveRate') } },
  { name: 'a bottom exactly on the limit counts as over it', files: { 'launch-decision.ts': slip('interval.low > maxFalsePositiveRate', 'interval.low >= maxFalsePositiveRate') } },
  { name: 'the interval is not stated', files: { 'launch-decision.ts': slip('      `95% interval: ${percent(interval.low, 3)} to ${percent(interval.high, 3)}.`,\n', '') } },
  { name: 'decides even with no legitimate email tested', files: { 'launch-decision.ts': slip("  if (legitimate === 0) throw new RangeError('decideLaunch needs at least one legitimate test email: with none there is no rate to decide on');\n", '') } },
];

export default wrongAnswers;
