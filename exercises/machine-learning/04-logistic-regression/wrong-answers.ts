import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'logistic-regression.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'raw counts, no log', files: { 'logistic-regression.ts': slip('counts.values.map((count) => Math.log1p(count))', 'counts.values.map((count) => count)') } },
  { name: 'no scaling to length 1', files: { 'logistic-regression.ts': slip('values.map((value) => value / norm)', 'values') } },
  { name: 'scaled by the sum instead of the length', files: { 'logistic-regression.ts': slip('const norm = Math.sqrt(squares);', 'const norm = values.reduce((a, b) => a + b, 0);') } },
  { name: 'the error the wrong way round', files: { 'logistic-regression.ts': slip('const error = sigmoid(logOdds) - y;', 'const error = y - sigmoid(logOdds);') } },
  { name: 'no decay of the learning rate', files: { 'logistic-regression.ts': slip('const rate = options.learningRate / (1 + epoch);', 'const rate = options.learningRate;') } },
  { name: 'the penalty pushes weights away from 0', files: { 'logistic-regression.ts': slip('error * x.values[k] + options.l2 * model.weights[i]', 'error * x.values[k] - options.l2 * model.weights[i]') } },
  { name: 'forgets the bias', files: { 'logistic-regression.ts': slip('      model.bias -= rate * error;\n', '') } },
];

export default wrongAnswers;
