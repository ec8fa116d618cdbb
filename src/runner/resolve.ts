/**
 * Module resolution, as the course's tsconfig and vitest configs do it, over in-memory files:
 * relative files of the exercise, `@project/<name>` into the project's sources (with the
 * learner's overrides), `dataset:<name>`, and a fixed list of bundled libraries.
 * Anything else is an `ImportError` that names the import and lists what is allowed.
 */

/** Bundled libraries learner code may import, by specifier. */
export const ALLOWED_LIBRARIES = [
  'vitest',
  'postal-mime',
  '@observablehq/plot',
  'zod',
  'course:display',
  // Distribution functions the project's `distributions` module wraps.
  '@stdlib/stats-base-dists-normal-cdf',
  '@stdlib/stats-base-dists-normal-quantile',
  '@stdlib/stats-base-dists-chisquare-cdf',
  // The service's web framework, and the parsers that check a Dockerfile and a CI workflow.
  'hono',
  'hono/body-limit',
  'dockerfile-ast',
  '@actions/workflow-parser',
] as const;
export type LibraryName = (typeof ALLOWED_LIBRARIES)[number];

const PROJECT_PREFIX = '@project/';
const DATASET_PREFIX = 'dataset:';
/** Where `@project/*` points, relative to the repository root (the keys of `projectSources`). */
export const PROJECT_DIR = 'project/src/';
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.json', '/index.ts', '/index.tsx', '/index.js'];

/**
 * A module's identity. Exercise files are keyed by their path in the exercise (`rules.ts`);
 * project files by their path in the repository (`project/src/parse.ts`).
 */
export type ResolvedModule =
  | { kind: 'exercise'; path: string }
  | { kind: 'project'; path: string }
  | { kind: 'dataset'; name: string }
  | { kind: 'library'; name: LibraryName };

export interface ModuleSources {
  /** The exercise's files as the learner has them. */
  exercise: Record<string, string>;
  /** The project's browser-safe sources, keyed from the repository root, overrides applied. */
  project: Record<string, string>;
  datasets: Record<string, unknown>;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** `a/b/../c/./d` → `a/c/d`; `null` when it climbs above the root. */
function normalize(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function withExtension(base: string, files: Record<string, string>): string | undefined {
  for (const extension of EXTENSIONS) if (Object.hasOwn(files, base + extension)) return base + extension;
  return undefined;
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash + 1);
}

function listProjectModules(project: Record<string, string>): string {
  const names = Object.keys(project)
    .filter((path) => path.startsWith(PROJECT_DIR) && path.endsWith('.ts'))
    .map((path) => path.slice(PROJECT_DIR.length, -'.ts'.length))
    .sort();
  return names.length > 0 ? names.join(', ') : '(none)';
}

const ALLOWED_SUMMARY =
  `files of this exercise (like "./rules"), project modules ("@project/<module>"), datasets ("dataset:<name>") ` +
  `and these libraries: ${ALLOWED_LIBRARIES.join(', ')}`;

/** Resolves `specifier` as imported by `importer`, or throws an `ImportError` a learner understands. */
export function resolveImport(specifier: string, importer: ResolvedModule, sources: ModuleSources): ResolvedModule {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    if (importer.kind === 'exercise') {
      const path = normalize(directoryOf(importer.path) + specifier);
      const found = path === null ? undefined : withExtension(path, sources.exercise);
      if (found !== undefined) return { kind: 'exercise', path: found };
      throw new ImportError(
        `${importer.path} imports "${specifier}", which is not a file of this exercise. Its files are: ${Object.keys(sources.exercise).join(', ')}.`,
      );
    }
    if (importer.kind === 'project') {
      const path = normalize(directoryOf(importer.path) + specifier);
      const found = path === null ? undefined : withExtension(path, sources.project);
      if (found !== undefined) return { kind: 'project', path: found };
      throw new ImportError(`${importer.path} imports "${specifier}", which the project does not have in the browser.`);
    }
  }
  if (specifier.startsWith(PROJECT_PREFIX)) {
    const path = normalize(PROJECT_DIR + specifier.slice(PROJECT_PREFIX.length));
    const found = path === null || !path.startsWith(PROJECT_DIR) ? undefined : withExtension(path, sources.project);
    if (found !== undefined) return { kind: 'project', path: found };
    throw new ImportError(`"${specifier}" is not a module of the project. Its modules are: ${listProjectModules(sources.project)}.`);
  }
  if (specifier.startsWith(DATASET_PREFIX)) {
    const name = specifier.slice(DATASET_PREFIX.length);
    if (Object.hasOwn(sources.datasets, name)) return { kind: 'dataset', name };
    const given = Object.keys(sources.datasets);
    throw new ImportError(
      `"${specifier}" is not a dataset of this exercise. ${given.length > 0 ? `Its datasets are: ${given.join(', ')}.` : 'It has no dataset.'}`,
    );
  }
  if ((ALLOWED_LIBRARIES as readonly string[]).includes(specifier)) return { kind: 'library', name: specifier as LibraryName };
  throw new ImportError(`Cannot import "${specifier}" here. Exercise code can import ${ALLOWED_SUMMARY}.`);
}

/** The name stack traces and locations use for a module (see `SOURCE_URL_PREFIX`). */
export function moduleFile(module: ResolvedModule): string {
  switch (module.kind) {
    case 'exercise':
    case 'project':
      return module.path;
    case 'dataset':
      return `dataset:${module.name}`;
    case 'library':
      return module.name;
  }
}
