import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'retraining.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'the action of the last reason wins', files: { 'retraining.ts': slip('if (SEVERITY[to] > SEVERITY[action]) action = to;', 'action = to;') } },
  { name: 'PSI must exceed the level, not reach it', files: { 'retraining.ts': slip('if (psi >= rule.retrainPsi)', 'if (psi > rule.retrainPsi)') } },
  { name: 'the false-positive limit itself triggers', files: { 'retraining.ts': slip('falsePositives / ham > rule.maxFalsePositiveRate', 'falsePositives / ham >= rule.maxFalsePositiveRate') } },
  { name: 'a handful of labels counts', files: { 'retraining.ts': slip('if (ham >= rule.minLabelled && ', 'if (') } },
  { name: 'recall compared with launch recall, no drop allowed', files: { 'retraining.ts': slip('const floor = rule.launchRecall - rule.maxRecallDrop;', 'const floor = rule.launchRecall;') } },
  { name: 'only the score PSI is watched', files: { 'retraining.ts': slip("[['scores', window.scorePsi], ['tokens', window.tokenPsi]]", "[['scores', window.scorePsi]]") } },
  { name: 'fixed PSI levels instead of the rule’s', files: { 'retraining.ts': slip('if (psi >= rule.retrainPsi)', 'if (psi >= 0.25)').replace('else if (psi >= rule.watchPsi)', 'else if (psi >= 0.1)') } },
];

export default wrongAnswers;
