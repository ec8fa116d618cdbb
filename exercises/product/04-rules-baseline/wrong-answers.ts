import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'rules.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'clamps only at the top', files: { 'rules.ts': slip('Math.min(1, Math.max(0, total))', 'Math.min(1, total)') } },
  { name: 'ignores the rules passed in', files: { 'rules.ts': slip('const fired = rules.filter(', 'const fired = RULES.filter(') } },
  { name: 'counts every character, not letters only', files: { 'rules.ts': slip("const letters = text.replace(/[^A-Za-z]/g, '');", 'const letters = text;') } },
  { name: 'no minimum length for shouting', files: { 'rules.ts': slip('letters.length >= 8 && ', 'letters.length > 0 && ') } },
  { name: 'letters counted with \\w, which takes digits for letters', files: { 'rules.ts': slip("const letters = text.replace(/[^A-Za-z]/g, '');", "const letters = text.replace(/\\W/g, '');") } },
  { name: 'negative weights dropped before adding up', files: { 'rules.ts': slip('sum + rule.weight', 'sum + Math.max(0, rule.weight)') } },
  { name: 'exactly 70% capitals counts as shouting', files: { 'rules.ts': slip('/ letters.length > 0.7', '/ letters.length >= 0.7') } },
  { name: 'exactly 8 letters is too short to shout', files: { 'rules.ts': slip('letters.length >= 8 &&', 'letters.length > 8 &&') } },
];

export default wrongAnswers;
