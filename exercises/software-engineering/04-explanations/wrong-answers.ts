import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'explain.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'the weight itself as the factor', files: { 'explain.ts': slip('const factor = Math.exp(strength);', 'const factor = strength;') } },
  { name: 'e^weight without the absolute value', files: { 'explain.ts': slip('const factor = Math.exp(strength);', 'const factor = Math.exp(weight);') } },
  { name: 'every from: token read as a domain', files: { 'explain.ts': slip("return rest.includes('.') ? `a sender at ${rest}` : `${word(rest)} in the sender’s name`;", 'return `a sender at ${rest}`;') } },
  { name: 'no capital letter', files: { 'explain.ts': slip('const subject = `${what[0].toUpperCase()}${what.slice(1)}`;', 'const subject = what;') } },
  { name: 'the factor’s bands compared on the factor, rounded', files: { 'explain.ts': slip('strength < Math.LN10 ?', 'Math.round(factor) < 10 ?') } },
];

export default wrongAnswers;
