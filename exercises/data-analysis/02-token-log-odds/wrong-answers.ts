import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'log-odds.ts');
const chartSlip = solutionSlips(import.meta.url, 'log-odds-chart.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'counts occurrences, not messages', files: { 'log-odds.ts': slip('for (const token of new Set(message.tokens))', 'for (const token of message.tokens)') } },
  { name: 'unsmoothed (alpha ignored)', files: { 'log-odds.ts': slip('const spamOdds = (counts.spam + alpha) / (totals.spamMessages - counts.spam + alpha);\n  const hamOdds = (counts.ham + alpha) / (totals.hamMessages - counts.ham + alpha);', 'const spamOdds = counts.spam / (totals.spamMessages - counts.spam);\n  const hamOdds = counts.ham / (totals.hamMessages - counts.ham);') } },
  { name: 'the wrong way round (ham over spam)', files: { 'log-odds.ts': slip('return Math.log(spamOdds) - Math.log(hamOdds);', 'return Math.log(hamOdds) - Math.log(spamOdds);') } },
  { name: 'rates instead of odds (s / S rather than s / (S − s))', files: { 'log-odds.ts': slip('const spamOdds = (counts.spam + alpha) / (totals.spamMessages - counts.spam + alpha);\n  const hamOdds = (counts.ham + alpha) / (totals.hamMessages - counts.ham + alpha);', 'const spamOdds = (counts.spam + alpha) / (totals.spamMessages + 2 * alpha);\n  const hamOdds = (counts.ham + alpha) / (totals.hamMessages + 2 * alpha);') } },
  { name: 'a tiny alpha, fixed: rare tokens jump to the top', files: { 'log-odds.ts': slip('const spamOdds = (counts.spam + alpha) / (totals.spamMessages - counts.spam + alpha);\n  const hamOdds = (counts.ham + alpha) / (totals.hamMessages - counts.ham + alpha);', 'const spamOdds = (counts.spam + 1e-6) / (totals.spamMessages - counts.spam + 1e-6);\n  const hamOdds = (counts.ham + 1e-6) / (totals.hamMessages - counts.ham + 1e-6);') } },
  { name: 'counts sorted by frequency, not by token', files: { 'log-odds.ts': slip('.sort((a, b) => (a.token < b.token ? -1 : 1))', '.sort((a, b) => b.spam + b.ham - (a.spam + a.ham))') } },
  { name: 'chart bars show the spam count, not the log-odds', files: { 'log-odds-chart.ts': chartSlip("x: 'logOdds'", "x: 'spam'") } },
];

export default wrongAnswers;
