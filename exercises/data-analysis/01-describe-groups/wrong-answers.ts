import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const describeSlip = solutionSlips(import.meta.url, 'describe.ts');
const chartSlip = solutionSlips(import.meta.url, 'group-chart.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'sorts numbers as text (no comparator)', files: { 'describe.ts': describeSlip('values.slice().sort((a, b) => a - b)', 'values.slice().sort()') } },
  { name: 'sorts the caller’s array in place', files: { 'describe.ts': describeSlip('values.slice().sort((a, b) => a - b)', '(values as number[]).sort((a, b) => a - b)') } },
  { name: 'median of an even count is the upper middle value (nearest rank)', files: { 'describe.ts': describeSlip('return sorted[below] + (sorted[above] - sorted[below]) * (position - below);', 'return sorted[Math.round(position)];') } },
  { name: 'position q·n instead of q·(n − 1)', files: { 'describe.ts': describeSlip('const position = q * (sorted.length - 1);', 'const position = Math.min(q * sorted.length, sorted.length - 1);') } },
  { name: 'returns NaNs for no values', files: { 'describe.ts': describeSlip("  if (values.length === 0) throw new RangeError('summarize: no values to summarise');\n", '') } },
  { name: 'groups in the order first seen', files: { 'describe.ts': describeSlip('return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));', 'return groups;') } },
  { name: 'chart draws the mean instead of the median', files: { 'group-chart.ts': chartSlip("x: 'median'", "x: 'mean'") } },
  { name: 'chart draws min to max instead of the quartiles', files: { 'group-chart.ts': chartSlip("x1: 'p25', x2: 'p75'", "x1: 'min', x2: 'max'") } },
];

export default wrongAnswers;
