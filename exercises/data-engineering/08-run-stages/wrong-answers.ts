import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

const solution = readFileSync(new URL('./solution/run-stages.ts', import.meta.url), 'utf8');

/** The solution with one piece of text replaced (throws if the piece is gone, so these stay honest). */
function edit(from: string, to: string): Record<string, string> {
  if (!solution.includes(from)) throw new Error(`wrong answer: "${from}" is not in the solution`);
  return { 'run-stages.ts': solution.replace(from, to) };
}

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every stage gets the original input', files: edit('output = await stage.run(items);', 'output = await stage.run(input);') },
  { name: 'counts "in" after the stage has replaced the items', files: edit("manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });\n    items = output.items;", "items = output.items;\n    manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });") },
  { name: 'lets a failing stage throw its own error, unnamed', files: edit('throw new Error(`stage "${stage.name}" failed: ${(error as Error).message}`, { cause: error });', 'throw error;') },
  { name: 'drops the notes', files: edit('notes: output.notes ?? {} }', 'notes: {} }') },
];

export default wrongAnswers;
