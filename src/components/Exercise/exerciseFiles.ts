import type { ExerciseData } from '@site/src/plugins/exercises/schema';

/** Files the learner may change (not tests, not read-only support files), in a stable order. */
export function editablePaths(exercise: ExerciseData): string[] {
  return Object.keys(exercise.files)
    .filter((path) => !exercise.files[path].readOnly)
    .sort();
}

export function starterCode(exercise: ExerciseData): Record<string, string> {
  return Object.fromEntries(editablePaths(exercise).map((path) => [path, exercise.files[path].code]));
}

/** Sandpack keys files by absolute path. */
export const toSandpackPath = (path: string) => `/${path}`;
