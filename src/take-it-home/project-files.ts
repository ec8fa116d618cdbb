/**
 * The learner's project as a folder of files, ready to zip: the reference project's service and
 * tests with the learner's own version of every module they passed an exercise on, the model, and
 * the package.json, tsconfig, vitest config and README that make it install, test and serve on
 * its own. Pure and browser-safe: the download button and the CI check build it the same way.
 */
import { zipSync, strToU8 } from 'fflate';
import { parseModelFile } from '../../project/src/model-file';
import type { ExerciseProgress } from '../progress/schema';
import { moduleSpecifiers } from '../plugins/exercises/project-imports';
import type { ReferenceProject } from './reference-project';

/** The folder the zip unpacks to. */
export const PROJECT_FOLDER = 'spam-filter';
/** Where `project/node/load-model.ts` looks for the model, from the project's root. */
export const MODEL_PATH = 'generated/public/data/model.json';
export const INSTALL_AND_SERVE = 'npm install && npm start';
export const TEST = 'npm test';
/** Runs the service's TypeScript (`npm start`). */
const RUNNER_PACKAGE = 'tsx';
/** Types for the `node:` modules the server and tests import. */
const NODE_TYPES_PACKAGE = '@types/node';
const PROJECT_ALIAS = '@project/';
const TEST_FILE = /\.test\.ts$/;

export interface ProjectModel {
  /** The model file's text; it must pass the project's model-file schema. */
  text: string;
  /** Whose model it is: the course's, trained on the full corpus, or one the learner trained. */
  owner: 'reference' | 'learner';
}

export interface ProjectFilesInput {
  reference: ReferenceProject;
  /** The learner's saved progress by exercise id; only exercises that passed lend their code. */
  progress: Record<string, ExerciseProgress>;
  model: ProjectModel;
}

export interface SetAsideModule {
  /** Repository path of the module, `project/src/parse.ts`. */
  path: string;
  exercise: string;
  reason: string;
}

export interface ProjectFiles {
  /** Contents by path inside the project folder. */
  files: Record<string, string>;
  /** Modules that are the learner's code, by path, sorted. */
  learnerModules: string[];
  /** Modules the learner passed but that could not go in; the reference stands in for them. */
  setAside: SetAsideModule[];
}

/** The reference project itself is broken (a build problem, never the learner's). */
export class ReferenceProjectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceProjectError';
  }
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

export interface FileImports {
  /** Repository paths of the project files it imports. */
  files: string[];
  /** npm packages it imports. */
  packages: string[];
  usesNode: boolean;
}

/**
 * What one file imports, resolved as the project's tools resolve it (relative paths, the
 * `@project/*` alias the course's editor uses, `node:` modules, npm packages); a string naming
 * the first import that cannot be met.
 */
export function importsOf(path: string, code: string, reference: Pick<ReferenceProject, 'files' | 'packageVersions'>): FileImports | string {
  let requires: string[];
  try {
    // Type-only imports too: the learner's editor and `tsc` need those files as much as Node does.
    requires = moduleSpecifiers(code, path);
  } catch (error) {
    return (error as Error).message;
  }
  const found: FileImports = { files: [], packages: [], usesNode: false };
  for (const specifier of requires) {
    if (specifier.startsWith('node:')) {
      found.usesNode = true;
      continue;
    }
    const local = specifier.startsWith('.') ? new URL(specifier, `file:///${path}`).pathname.slice(1) : specifier.startsWith(PROJECT_ALIAS) ? `project/src/${specifier.slice(PROJECT_ALIAS.length)}` : null;
    if (local === null) {
      if (!Object.hasOwn(reference.packageVersions, packageOf(specifier))) return `it imports "${specifier}", a package the project does not use`;
      found.packages.push(packageOf(specifier));
      continue;
    }
    const target = [local, `${local}.ts`, `${local}/index.ts`].find((candidate) => Object.hasOwn(reference.files, candidate));
    if (!target) return `it imports "${specifier}", which is not a module of the project`;
    found.files.push(target);
  }
  return found;
}

/** The learner's version of each module they passed an exercise on, by repository path. */
function learnerVersions(reference: ReferenceProject, progress: Record<string, ExerciseProgress>): Map<string, { exercise: string; code: string }> {
  const versions = new Map<string, { exercise: string; code: string }>();
  for (const [path, { exercise, file }] of Object.entries(reference.provides)) {
    const saved = progress[exercise];
    const code = saved?.passed ? saved.files[file] : undefined;
    if (code !== undefined) versions.set(path, { exercise, code });
  }
  return versions;
}

/** The package.json: scripts for the two commands, and every package the files import. */
function packageJson(reference: ReferenceProject, runtime: Set<string>, testOnly: Set<string>): string {
  const pinned = (names: Iterable<string>) => Object.fromEntries([...names].sort().map((name) => [name, reference.packageVersions[name]]));
  return `${JSON.stringify(
    {
      name: PROJECT_FOLDER,
      version: '1.0.0',
      private: true,
      description: 'A spam filter behind an HTTP API, trained on the SpamAssassin public corpus.',
      type: 'module',
      engines: { node: '>=20' },
      scripts: { start: 'tsx project/node/serve.ts', test: 'vitest run' },
      dependencies: pinned(runtime),
      devDependencies: pinned([...testOnly].filter((name) => !runtime.has(name))),
    },
    null,
    2,
  )}\n`;
}

function tsconfigJson(nodeTypes: boolean): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        // project/src runs in browsers too: it is written against the DOM's types as well as Node's.
        lib: ['DOM', 'DOM.Iterable', 'ES2023'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        isolatedModules: true,
        ...(nodeTypes ? { types: ['node'] } : {}),
        // Modules written in the course's editor import their neighbours as `@project/<name>`.
        paths: { '@project/*': ['./project/src/*'] },
      },
      include: ['project', 'vitest.config.ts'],
    },
    null,
    2,
  )}\n`;
}

const VITEST_CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Modules written in the course's editor import their neighbours as \`@project/<name>\`.
  resolve: { alias: { '@project': fileURLToPath(new URL('./project/src', import.meta.url)) } },
  // Some tests start the service in a process of its own, which takes seconds on a busy machine.
  test: { testTimeout: 20_000 },
});
`;

function readme(learnerModules: string[], setAside: SetAsideModule[], reference: ReferenceProject, model: ProjectModel): string {
  const exerciseOf = (path: string) => reference.provides[path].exercise;
  const yours =
    learnerModules.length > 0
      ? `These modules are your own code, from the exercises you passed:\n\n${learnerModules.map((path) => `- \`${path}\` (exercise \`${exerciseOf(path)}\`)`).join('\n')}\n\nEvery other file is the course's reference.`
      : 'Every module is the course\'s reference: you had not passed an exercise that writes one of them when you downloaded it.';
  const setAsideNote =
    setAside.length > 0
      ? `\n\nYou passed these exercises, but your module could not be used here, so the reference stands in for it:\n\n${setAside.map((module) => `- \`${module.path}\`: ${module.reason}`).join('\n')}`
      : '';
  const modelNote =
    model.owner === 'learner'
      ? `The model, \`${MODEL_PATH}\`, is the one you trained.`
      : `The model, \`${MODEL_PATH}\`, is the course's, trained and evaluated on the full corpus.`;
  return `# Spam filter

A spam filter for email behind an HTTP API, trained on the
[SpamAssassin public corpus](https://spamassassin.apache.org/old/publiccorpus/). You built it
in the course *End to End*.

## Two commands

Install and start the service on http://127.0.0.1:8787 (Node.js 20 or later):

\`\`\`bash
${INSTALL_AND_SERVE}
\`\`\`

Run the tests:

\`\`\`bash
${TEST}
\`\`\`

## The service

\`POST /v1/classify\` takes a raw email as \`text/plain\` (or JSON \`{ "message": "…" }\`) and
answers with its \`label\` (\`spam\` or \`ham\`), \`score\`, \`threshold\` and the \`reasons\` for it.
\`GET /healthz\` says it is up; \`GET /version\` names the model and its metrics. \`PORT\` and \`HOST\`
choose where it listens, \`MODEL_PATH\` another model file.

## Whose code this is

${yours}${setAsideNote}

${modelNote}

## Layout

| path | what it holds |
| --- | --- |
| \`project/src/\` | the filter: reading a message, tokens, the model, the \`SpamFilter\` class, the HTTP API |
| \`project/node/\` | the HTTP server and the model loader, for Node |
| \`${MODEL_PATH}\` | the model the service loads |
`;
}

/** Builds the project's files; throws `ModelFileError` for an invalid model, `ReferenceProjectError` for a broken reference. */
export function projectFiles({ reference, progress, model }: ProjectFilesInput): ProjectFiles {
  parseModelFile(model.text);
  const learner = learnerVersions(reference, progress);
  const chosen: Record<string, string> = {};
  const learnerModules: string[] = [];
  const setAside: SetAsideModule[] = [];
  const runtime = new Set<string>([RUNNER_PACKAGE]);
  const testOnly = new Set<string>();
  let usesNode = false;
  const record = (imports: FileImports, packages: Set<string>) => {
    usesNode ||= imports.usesNode;
    imports.packages.forEach((name) => packages.add(name));
  };

  // What the service runs first, then what only the tests add: their packages are for testing only.
  const visit = (entryPoints: string[], packages: Set<string>) => {
    const pending = [...entryPoints];
    while (pending.length > 0) {
      const path = pending.shift()!;
      if (Object.hasOwn(chosen, path)) continue;
      let code = reference.files[path];
      if (code === undefined) throw new ReferenceProjectError(`The reference project has no ${path}.`);
      let imports = importsOf(path, code, reference);
      const own = learner.get(path);
      if (own) {
        const ownImports = importsOf(path, own.code, reference);
        if (typeof ownImports === 'string') setAside.push({ path, exercise: own.exercise, reason: ownImports });
        else {
          code = own.code;
          imports = ownImports;
          learnerModules.push(path);
        }
      }
      if (typeof imports === 'string') throw new ReferenceProjectError(`The reference ${path} cannot go into the project: ${imports}.`);
      chosen[path] = code;
      record(imports, packages);
      pending.push(...imports.files);
    }
  };
  visit(reference.entryPoints.filter((path) => !TEST_FILE.test(path)), runtime);
  visit(reference.entryPoints.filter((path) => TEST_FILE.test(path)), testOnly);
  const config = importsOf('vitest.config.ts', VITEST_CONFIG, reference);
  if (typeof config === 'string') throw new ReferenceProjectError(`The vitest config cannot go into the project: ${config}.`);
  record(config, testOnly);
  if (usesNode) testOnly.add(NODE_TYPES_PACKAGE);

  for (const name of [...runtime, ...testOnly]) {
    if (!Object.hasOwn(reference.packageVersions, name)) throw new ReferenceProjectError(`The project needs the package ${name}, whose version the reference does not give.`);
  }
  learnerModules.sort();
  return {
    files: {
      ...chosen,
      [MODEL_PATH]: model.text,
      'package.json': packageJson(reference, runtime, testOnly),
      'tsconfig.json': tsconfigJson(usesNode),
      'vitest.config.ts': VITEST_CONFIG,
      '.gitignore': 'node_modules/\n',
      'README.md': readme(learnerModules, setAside, reference, model),
    },
    learnerModules,
    setAside,
  };
}

/** The files as a zip that unpacks to one folder, `spam-filter/`. */
export function zipProject(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${PROJECT_FOLDER}/${path}`, strToU8(text)])), { level: 9 });
}
