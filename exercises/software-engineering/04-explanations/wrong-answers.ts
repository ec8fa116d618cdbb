import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'explain.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'the weight itself as the factor', files: { 'explain.ts': slip('const factor = Math.exp(Math.abs(weight));', 'const factor = Math.abs(weight);') } },
  { name: 'e^weight without the absolute value', files: { 'explain.ts': slip('const factor = Math.exp(Math.abs(weight));', 'const factor = Math.exp(weight);') } },
  { name: 'every from: token read as a domain', files: { 'explain.ts': slip("return rest.includes('.') ? `a sender at ${rest}` : `${word(rest)} in the sender’s name`;", 'return `a sender at ${rest}`;') } },
  { name: 'no capital letter', files: { 'explain.ts': slip('`${what[0].toUpperCase()}${what.slice(1)} made spam', '`${what} made spam') } },
  { name: 'prefix split at the last colon', files: { 'explain.ts': slip("const colon = token.indexOf(':');", "const colon = token.lastIndexOf(':');") } },
];

export default wrongAnswers;
