import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'evaluate.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a score at the threshold counts as let through', files: { 'evaluate.ts': slip('if ((s.score >= threshold) !== (s.label === \'spam\')) group.errors++;', 'if ((s.score > threshold) !== (s.label === \'spam\')) group.errors++;') } },
  { name: 'groups in the order they appear', files: { 'evaluate.ts': slip('.sort((a, b) => (a.group < b.group ? -1 : 1));', ';') } },
  { name: 'the least confident false positives first', files: { 'evaluate.ts': slip('.filter((s) => s.label === \'ham\' && flagged(s))\n      .sort((a, b) => b.score - a.score)', '.filter((s) => s.label === \'ham\' && flagged(s))\n      .sort((a, b) => a.score - b.score)') } },
  { name: 'missed spam sorted highest first', files: { 'evaluate.ts': slip('.sort((a, b) => a.score - b.score)\n      .slice(0, count)\n      .map(wrongDecision),\n  };', '.sort((a, b) => b.score - a.score)\n      .slice(0, count)\n      .map(wrongDecision),\n  };') } },
  { name: 'the first messages instead of a shuffle', files: { 'evaluate.ts': slip('const order = shuffled(train, mulberry32(seed));', 'const order = [...train];') } },
  { name: 'a new shuffle for every size', files: { 'evaluate.ts': slip('const scored = scoreEmails(heldOut, fit(order.slice(0, size)));', 'const scored = scoreEmails(heldOut, fit(shuffled(train, mulberry32(seed + size)).slice(0, size)));') } },
];

export default wrongAnswers;
