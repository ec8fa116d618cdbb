/**
 * Node only (build time and tests): the reference project the download is made of. Its entry
 * points are the service's (`project/node/serve.ts`) and every test of the project that checks
 * only what the service runs, with the fixtures those tests use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadExercises } from '../plugins/exercises/load-exercises';
import { ALLOWED_LIBRARIES } from '../runner/resolve';
import { importsOf, packageOf } from './project-files';
import type { ReferenceProject } from './reference-project';

export const SERVICE_ENTRY_POINT = 'project/node/serve.ts';
/** Packages the project's scripts and editors need besides what its files import. */
const TOOLING = ['tsx', 'vitest', '@types/node'];
const TEST_FILE = /\.test\.ts$/;
const FIXTURE = /\/fixtures\//;

/** Every TypeScript file of `project/`, by repository path. */
function projectTypeScript(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(root, 'project'), { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter((file) => file.endsWith('.ts'))
      .sort()
      .map((file) => [`project/${file}`, readFileSync(join(root, 'project', file), 'utf8')]),
  );
}

function repositoryVersions(root: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  return { ...manifest.dependencies, ...manifest.devDependencies };
}

export function gatherReferenceProject(root: string): ReferenceProject {
  const all = projectTypeScript(root);
  const versions = repositoryVersions(root);
  const known = { files: all, packageVersions: versions };
  const parsed = new Map<string, ReturnType<typeof importsOf>>();
  const importsOfFile = (path: string) => {
    if (!parsed.has(path)) parsed.set(path, importsOf(path, all[path], known));
    return parsed.get(path)!;
  };
  const reach = (entryPoint: string): Set<string> => {
    const reached = new Set<string>();
    const pending = [entryPoint];
    while (pending.length > 0) {
      const path = pending.pop()!;
      if (reached.has(path)) continue;
      reached.add(path);
      const imports = importsOfFile(path);
      if (typeof imports === 'string') throw new Error(`${path}: ${imports}`);
      pending.push(...imports.files);
    }
    return reached;
  };

  const service = reach(SERVICE_ENTRY_POINT);
  const tests = Object.keys(all).filter((path) => TEST_FILE.test(path) && [...reach(path)].every((file) => file === path || service.has(file) || FIXTURE.test(file)));
  const entryPoints = [SERVICE_ENTRY_POINT, ...tests];
  const reachable = new Set(entryPoints.flatMap((path) => [...reach(path)]));
  // Every module of project/src too: a learner's module may import one the reference does not.
  const files = Object.fromEntries(Object.entries(all).filter(([path]) => reachable.has(path) || (path.startsWith('project/src/') && !TEST_FILE.test(path))));

  const packages = new Set(TOOLING);
  for (const name of ALLOWED_LIBRARIES) if (!name.includes(':')) packages.add(packageOf(name));
  for (const path of Object.keys(files)) {
    const imports = importsOfFile(path);
    if (typeof imports !== 'string') imports.packages.forEach((name) => packages.add(name));
  }
  const packageVersions = Object.fromEntries(
    [...packages].sort().map((name) => {
      if (!versions[name]) throw new Error(`The project uses ${name}, which the repository's package.json does not list.`);
      return [name, versions[name]];
    }),
  );

  const provides: ReferenceProject['provides'] = {};
  for (const exercise of loadExercises(join(root, 'exercises'), join(root, 'project'))) {
    for (const [module, file] of Object.entries(exercise.meta.provides)) provides[`project/src/${module}.ts`] = { exercise: exercise.id, file };
  }
  return { files, entryPoints, provides, packageVersions };
}
