import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'results-table.ts');
const chartSlip = solutionSlips(import.meta.url, 'charts.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'rows left in the order given', files: { 'results-table.ts': slip('.sort((a, b) => b.caught.rate - a.caught.rate', '.sort((a, b) => 0 * (b.caught.rate - a.caught.rate)') } },
  { name: 'sorted on the formatted text, not the rate', files: { 'results-table.ts': slip('b.caught.rate - a.caught.rate', 'String(b.caught.count).localeCompare(String(a.caught.count))') } },
  { name: 'mail lost as a share of all messages, not of legitimate mail', files: { 'results-table.ts': slip('checkLimit(confusion.falsePositives, confusion.falsePositives + confusion.trueNegatives,', 'checkLimit(confusion.falsePositives, confusion.truePositives + confusion.falseNegatives + confusion.falsePositives + confusion.trueNegatives,') } },
  { name: 'lost mail printed with two decimals, reading like the limit', files: { 'results-table.ts': slip("'legitimate mail lost': shortRate(lost, maxFalsePositiveRate)", "'legitimate mail lost': shortRate(lost)") } },
  { name: 'chart bars drawn at the interval’s upper end', files: { 'charts.ts': chartSlip("Plot.barX(rows, { y: 'model', x: 'rate', fillOpacity: 0.5 })", "Plot.barX(rows, { y: 'model', x: 'high', fillOpacity: 0.5 })") } },
  { name: 'chart rows not sorted', files: { 'charts.ts': chartSlip('    .sort((a, b) => b.rate - a.rate);', '    ;') } },
];

export default wrongAnswers;
