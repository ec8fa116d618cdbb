import type { ExerciseData } from '@site/src/plugins/exercises/schema';

export interface ModuleOverrides {
  /** `RunRequest.moduleOverrides`: project path → the learner's code. */
  overrides: Record<string, string>;
  /** Modules the learner has not written yet, which therefore stay on the reference. */
  missing: string[];
}

/**
 * Which project modules the run replaces with the learner's own earlier code: each module whose
 * providing exercise has saved code for the providing file. `savedFiles` reads an exercise's
 * saved files (from progress) by id.
 */
export function moduleOverridesFor(
  exercise: ExerciseData,
  useOwnModules: boolean,
  savedFiles: (exerciseId: string) => Record<string, string> | undefined,
): ModuleOverrides {
  const result: ModuleOverrides = { overrides: {}, missing: [] };
  if (!useOwnModules) return result;
  for (const module of exercise.modules) {
    if (!module.providedBy) continue;
    const code = savedFiles(module.providedBy.exercise)?.[module.providedBy.file];
    if (code === undefined) result.missing.push(module.name);
    else result.overrides[module.path] = code;
  }
  return result;
}
