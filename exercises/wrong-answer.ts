import { readFileSync } from 'node:fs';

/** A plausible wrong answer an exercise's tests must reject: file name → code replacing the solution's. */
export interface WrongAnswer {
  name: string;
  files: Record<string, string>;
}

/**
 * Builds wrong answers as one-slip edits of an exercise's solution file: `slip(from, to)` is the
 * solution with `from` replaced by `to`. It throws when `from` is no longer in the solution, so a
 * wrong answer cannot silently turn into the right one after the solution changes.
 */
export function solutionSlips(exerciseUrl: string, file: string): (from: string, to: string) => string {
  const solution = readFileSync(new URL(`./solution/${file}`, exerciseUrl), 'utf8');
  return (from, to) => {
    if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" is not in solution/${file}`);
    return solution.replace(from, to);
  };
}
