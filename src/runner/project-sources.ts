/**
 * Node only (build time and tests): the project's browser-safe sources, the files the runner
 * resolves `@project/*` into, and the part of them one exercise can reach, which is what the
 * page hands the sandbox for that exercise's runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileModule } from './compile';
import { PROJECT_DIR, resolveImport, type ModuleSources, type ResolvedModule } from './resolve';
import { isTextFile } from './text-files';

const TEST_FILE = /\.test\.tsx?$/;

/** Sources keyed by their path from `root` with forward slashes (`project/src/parse.ts`): every `project/src/**\/*.ts` except tests. */
export function gatherProjectSources(root: string): Record<string, string> {
  const files = readdirSync(join(root, PROJECT_DIR), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.tsx?$/.test(file) && !TEST_FILE.test(file))
    .sort();
  return Object.fromEntries(files.map((file) => [`${PROJECT_DIR}${file}`, readFileSync(join(root, PROJECT_DIR, file), 'utf8')]));
}

/**
 * The project sources reachable from `files` (every version of an exercise's files: starter,
 * tests, answer), following imports as the runner resolves them. Imports the runner would
 * refuse are left for it to report when the learner runs the code.
 */
export function reachableProjectSources(project: Record<string, string>, files: Record<string, string>[]): Record<string, string> {
  const reached: Record<string, string> = {};
  const visit = (module: ResolvedModule, source: string, exercise: Record<string, string>) => {
    const sources: ModuleSources = { exercise, project, datasets: {} };
    let requires: string[];
    try {
      requires = compileModule(module.kind === 'library' || module.kind === 'dataset' ? module.name : module.path, source).requires;
    } catch {
      return; // a starter that does not parse yet
    }
    for (const specifier of requires) {
      let target: ResolvedModule;
      try {
        target = resolveImport(specifier, module, sources);
      } catch {
        continue;
      }
      if (target.kind !== 'project' || Object.hasOwn(reached, target.path)) continue;
      reached[target.path] = project[target.path];
      visit(target, project[target.path], exercise);
    }
  };
  for (const exercise of files) {
    for (const [path, source] of Object.entries(exercise)) if (!isTextFile(path)) visit({ kind: 'exercise', path }, source, exercise);
  }
  return Object.fromEntries(Object.entries(reached).sort(([a], [b]) => a.localeCompare(b)));
}
