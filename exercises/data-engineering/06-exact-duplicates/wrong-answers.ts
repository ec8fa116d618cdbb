import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

const solution = readFileSync(new URL('./solution/exact-duplicates.ts', import.meta.url), 'utf8');

/** The solution with one piece of text replaced (throws if the piece is gone, so these stay honest). */
function edit(from: string, to: string): Record<string, string> {
  if (!solution.includes(from)) throw new Error(`wrong answer: "${from}" is not in the solution`);
  return { 'exact-duplicates.ts': solution.replace(from, to) };
}

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'does not trim the ends', files: edit(".replace(/\\s+/g, ' ').trim()", ".replace(/\\s+/g, ' ')") },
  { name: 'points at the LAST copy seen', files: edit('if (first !== undefined) return first;\n    firstWithBody.set(body, i);', 'firstWithBody.set(body, i);\n    if (first !== undefined) return first;') },
  { name: 'empty bodies are duplicates of each other', files: edit("if (body === '') return -1;\n", '') },
  { name: 'compares raw text, not normalised', files: edit('const body = normaliseBody(text);', 'const body = text;') },
];

export default wrongAnswers;
