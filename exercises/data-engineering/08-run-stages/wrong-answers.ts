import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'run-stages.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every stage gets the original input', files: { 'run-stages.ts': slip('output = await stage.run(items);', 'output = await stage.run(input);') } },
  { name: 'counts "in" after the stage has replaced the items', files: { 'run-stages.ts': slip("manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });\n    items = output.items;", "items = output.items;\n    manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });") } },
  { name: 'lets a failing stage throw its own error, unnamed', files: { 'run-stages.ts': slip('throw new Error(`stage "${stage.name}" failed: ${(error as Error).message}`, { cause: error });', 'throw error;') } },
  { name: 'drops the notes', files: { 'run-stages.ts': slip('notes: output.notes ?? {} }', 'notes: {} }') } },
];

export default wrongAnswers;
