import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'cross-validate.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'trains on everything but the block, future included', files: { 'cross-validate.ts': slip('const predict = fit(itemsInTimeOrder.slice(0, start(block)));', 'const predict = fit([...itemsInTimeOrder.slice(0, start(block)), ...itemsInTimeOrder.slice(start(block + 1))]);') } },
  { name: 'trains on the previous block only', files: { 'cross-validate.ts': slip('const predict = fit(itemsInTimeOrder.slice(0, start(block)));', 'const predict = fit(itemsInTimeOrder.slice(start(block - 1), start(block)));') } },
  { name: 'blocks cut with Math.floor', files: { 'cross-validate.ts': slip('const start = (block: number) => Math.round((block * itemsInTimeOrder.length) / k);', 'const start = (block: number) => Math.floor((block * itemsInTimeOrder.length) / k);') } },
  { name: 'the last block never predicted', files: { 'cross-validate.ts': slip('for (let block = 1; block < k; block++) {', 'for (let block = 1; block < k - 1; block++) {') } },
  { name: 'folds sorted as strings', files: { 'cross-validate.ts': slip('[...new Set(folds)].sort((a, b) => a - b)', '[...new Set(folds)].sort()') } },
  { name: 'trains on the fold it predicts', files: { 'cross-validate.ts': slip('const predict = fit(items.filter((_, i) => folds[i] !== fold));', 'const predict = fit(items.filter((_, i) => folds[i] === fold));') } },
];

export default wrongAnswers;
