import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const latency = solutionSlips(import.meta.url, 'latency.ts');
const footprint = solutionSlips(import.meta.url, 'footprint.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'no warm-up pass', files: { 'latency.ts': latency('  for (const item of items) run(item);\n', '') } },
  { name: 'the default sort (as text)', files: { 'latency.ts': latency('times.sort((a, b) => a - b);', 'times.sort();') } },
  { name: 'unsorted times', files: { 'latency.ts': latency('times.sort((a, b) => a - b);', '') } },
  { name: 'rank p × n rounded down', files: { 'latency.ts': latency('Math.ceil(p * sorted.length) - 1', 'Math.floor(p * sorted.length)') } },
  { name: 'rank rounded to nearest', files: { 'latency.ts': latency('Math.ceil(p * sorted.length) - 1', 'Math.round(p * sorted.length) - 1') } },
  { name: 'one byte per character of token text', files: { 'footprint.ts': footprint('tokensBytes += 2 * token.length', 'tokensBytes += token.length') } },
  { name: 'index counted from the token list', files: { 'footprint.ts': footprint('8 * model.vocabulary.index.size', '8 * model.vocabulary.tokens.length') } },
];

export default wrongAnswers;
