import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'metrics.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a score equal to the threshold is not flagged', files: { 'metrics.ts': slip('const flagged = score >= threshold;', 'const flagged = score > threshold;') } },
  { name: 'precision 0 when nothing is flagged', files: { 'metrics.ts': slip('return ratio(m.truePositives, m.truePositives + m.falsePositives, 1);', 'return ratio(m.truePositives, m.truePositives + m.falsePositives, 0);') } },
  { name: 'one ROC step per message, ties split in input order', files: { 'metrics.ts': slip('    if (i + 1 < sorted.length && sorted[i + 1].score === sorted[i].score) continue;\n', '') } },
  { name: 'assumes the input is already sorted', files: { 'metrics.ts': slip('const sorted = [...scored].sort((a, b) => b.score - a.score);', 'const sorted = [...scored];') } },
  { name: 'rectangles instead of trapezoids', files: { 'metrics.ts': slip('area += (width * (points[i].truePositiveRate + points[i - 1].truePositiveRate)) / 2;', 'area += width * points[i - 1].truePositiveRate;') } },
  { name: 'a false-positive rate at the limit is not allowed', files: { 'metrics.ts': slip('point.falsePositiveRate <= maxFpr', 'point.falsePositiveRate < maxFpr') } },
  { name: 'the loosest threshold among equal recalls', files: { 'metrics.ts': slip('point.truePositiveRate > best.truePositiveRate', 'point.truePositiveRate >= best.truePositiveRate') } },
  { name: 'NaN rates when a class is missing', files: { 'metrics.ts': slip('return denominator === 0 ? whenEmpty : numerator / denominator;', 'return numerator / denominator;') } },
];

export default wrongAnswers;
