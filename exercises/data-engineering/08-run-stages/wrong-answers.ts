import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'run-stages.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'every stage gets the original input', files: { 'run-stages.ts': slip('output = await stage.run(items);', 'output = await stage.run(input);') } },
  { name: 'counts "in" after the stage has replaced the items', files: { 'run-stages.ts': slip("manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });\n    items = output.items;", "items = output.items;\n    manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });") } },
  { name: 'lets a failing stage throw its own error, unnamed', files: { 'run-stages.ts': slip('throw new Error(`stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });', 'throw error;') } },
  { name: 'drops the notes', files: { 'run-stages.ts': slip('notes: output.notes ?? {} }', 'notes: {} }') } },
  {
    name: 'awaits the stage outside the try (a rejected promise escapes unnamed)',
    files: {
      'run-stages.ts': slip('    let output: StageOutput<unknown>;\n    try {\n      output = await stage.run(items);\n    } catch (error) {', '    let pending: StageOutput<unknown> | Promise<StageOutput<unknown>>;\n    try {\n      pending = stage.run(items);\n    } catch (error) {').replace(
        '    manifest.push({',
        '    const output = await pending;\n    manifest.push({',
      ),
    },
  },
  { name: 'drops the original error (no cause)', files: { 'run-stages.ts': slip(', { cause: error });', ');') } },
  { name: 'reads .message of whatever was thrown (a thrown string gives "undefined")', files: { 'run-stages.ts': slip('${error instanceof Error ? error.message : String(error)}', '${(error as Error).message}') } },
];

export default wrongAnswers;
