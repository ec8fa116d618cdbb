import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'exact-duplicates.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'does not trim the ends', files: { 'exact-duplicates.ts': slip(".replace(/\\s+/g, ' ').trim()", ".replace(/\\s+/g, ' ')") } },
  { name: 'points at the LAST copy seen', files: { 'exact-duplicates.ts': slip('if (first !== undefined) return first;\n    firstWithBody.set(body, i);', 'firstWithBody.set(body, i);\n    if (first !== undefined) return first;') } },
  { name: 'empty bodies are duplicates of each other', files: { 'exact-duplicates.ts': slip("if (body === '') return -1;\n", '') } },
  { name: 'compares raw text, not normalised', files: { 'exact-duplicates.ts': slip('const body = normaliseBody(text);', 'const body = text;') } },
];

export default wrongAnswers;
