import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExercises } from '../src/plugins/exercises/load-exercises';

/** A plausible wrong answer an exercise's tests must reject: file name → code replacing the solution's. */
export interface WrongAnswer {
  name: string;
  files: Record<string, string>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let exercises: ReturnType<typeof loadExercises> | undefined;

/**
 * Builds wrong answers as one-slip edits of an exercise's solution file, as the learner sees it
 * (a project module with its imports written `@project/…`): `slip(from, to)` is the solution
 * with `from` replaced by `to`. It throws when `from` is no longer in the solution, so a wrong
 * answer cannot silently turn into the right one after the solution changes.
 */
export function solutionSlips(exerciseUrl: string, file: string): (from: string, to: string) => string {
  const dir = dirname(fileURLToPath(exerciseUrl));
  exercises ??= loadExercises(join(root, 'exercises'), join(root, 'project'));
  const exercise = exercises.find((candidate) => candidate.dir === dir);
  const solution = exercise?.solutionFiles[file];
  if (solution === undefined) throw new Error(`wrong answer cannot be built: ${dir} has no file "${file}"`);
  return (from, to) => {
    if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" is not in the solution of ${file}`);
    return solution.replace(from, to);
  };
}
