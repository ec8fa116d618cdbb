import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../project/src/model-file';
import { loadExercises } from '../plugins/exercises/load-exercises';
import { moduleSpecifiers } from '../plugins/exercises/project-imports';
import { newExerciseProgress } from '../progress/storage';
import type { ExerciseProgress } from '../progress/schema';
import { gatherReferenceProject, SERVICE_ENTRY_POINT } from './gather-reference';
import { INSTALL_AND_SERVE, MODEL_PATH, PROJECT_FOLDER, packageOf, projectFiles, TEST, zipProject, type ProjectFiles, type ProjectModel } from './project-files';
import { readmeCommands } from './readme-commands';
import { referenceProjectSchema } from './reference-project';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reference = gatherReferenceProject(root);
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
const referenceModel = { text: readFileSync(join(root, MODEL_PATH), 'utf8'), owner: 'reference' as const };

function progressOf(files: Record<string, string>, passed: boolean): ExerciseProgress {
  return { ...newExerciseProgress(files), attempted: true, passed };
}

/** Every exercise that teaches a module, passed with its solution as the learner sees it (`@project/…` imports). */
const allSolutions = Object.fromEntries(
  exercises.filter((exercise) => Object.keys(exercise.meta.provides).length > 0).map((exercise) => [exercise.id, progressOf(exercise.solutionFiles, true)]),
);

/** The learner's saved code for the exercise that teaches `module`, with `edit` applied to its solution. */
function learnerCode(module: string, edit: (code: string) => string, passed = true): Record<string, ExerciseProgress> {
  const exercise = exercises.find((candidate) => module in candidate.meta.provides)!;
  const file = exercise.meta.provides[module];
  return { [exercise.id]: progressOf({ ...exercise.solutionFiles, [file]: edit(exercise.solutionFiles[file]) }, passed) };
}

const build = (progress: Record<string, ExerciseProgress>, model: ProjectModel = referenceModel) => projectFiles({ reference, progress, model });

/** Imports of the project's files that are neither one of its files, a Node module nor a declared package. */
function unmetImports({ files }: ProjectFiles): string[] {
  const manifest = JSON.parse(files['package.json']) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
  const unmet: string[] = [];
  for (const [path, code] of Object.entries(files)) {
    if (!path.endsWith('.ts')) continue;
    for (const specifier of moduleSpecifiers(code, path)) {
      const local = specifier.startsWith('.') ? new URL(specifier, `file:///${path}`).pathname.slice(1) : specifier.startsWith('@project/') ? `project/src/${specifier.slice(9)}` : null;
      const met =
        local !== null
          ? [local, `${local}.ts`, `${local}/index.ts`].some((candidate) => candidate in files)
          : specifier.startsWith('node:')
            ? builtinModules.includes(specifier.slice(5))
            : declared.has(packageOf(specifier));
      if (!met) unmet.push(`${path} imports "${specifier}"`);
    }
  }
  return unmet;
}

describe('the reference project the site serves', () => {
  it('is valid against its schema, and runs the service with the tests that check only what it runs', () => {
    expect(referenceProjectSchema.safeParse(reference).success).toBe(true);
    expect(reference.entryPoints[0]).toBe(SERVICE_ENTRY_POINT);
    expect(reference.entryPoints).toEqual(expect.arrayContaining(['project/src/spam-filter.test.ts', 'project/node/service.test.ts']));
    // The pipeline and the corpus stay behind: they need the corpus package and minutes of work.
    expect(reference.entryPoints.filter((path) => /pipeline|corpus|bench/.test(path))).toEqual([]);
  });

  it('knows which exercise teaches each module', () => {
    expect(reference.provides['project/src/spam-filter.ts']).toEqual({ exercise: 'software-engineering/01-spam-filter', file: 'spam-filter.ts' });
  });
});

describe('the project a learner downloads', () => {
  it('is the reference when the learner has passed nothing', () => {
    const project = build({});
    expect(project.learnerModules).toEqual([]);
    for (const [path, code] of Object.entries(project.files)) if (path.startsWith('project/')) expect(code, path).toBe(reference.files[path]);
    expect(project.files['README.md']).toContain("Every module is the course's reference");
    expect(project.files[MODEL_PATH]).toBe(referenceModel.text);
    expect(Object.keys(project.files).filter((path) => /pipeline|corpus|exercises\//.test(path))).toEqual([]);
  });

  it('takes the learner\'s code for the modules whose exercise passed, and only those', () => {
    const progress = {
      ...learnerCode('spam-filter', (code) => `// my filter\n${code}`),
      ...learnerCode('html-to-text', (code) => `// not passed yet\n${code}`, false),
    };
    const project = build(progress);
    expect(project.learnerModules).toEqual(['project/src/spam-filter.ts']);
    expect(project.files['project/src/spam-filter.ts']).toMatch(/^\/\/ my filter\n/);
    expect(project.files['project/src/html-to-text.ts']).toBe(reference.files['project/src/html-to-text.ts']);
    expect(project.files['README.md']).toContain('`project/src/spam-filter.ts` (exercise `software-engineering/01-spam-filter`)');
    expect(project.files['README.md']).not.toContain('`project/src/html-to-text.ts`');
  });

  it('keeps the learner\'s imports as they wrote them, and resolves them with the project alias', () => {
    const project = build(learnerCode('spam-filter', (code) => code));
    expect(project.files['project/src/spam-filter.ts']).toContain("from '@project/linear-model'");
    expect(JSON.parse(project.files['tsconfig.json']).compilerOptions.paths).toEqual({ '@project/*': ['./project/src/*'] });
    expect(project.files['vitest.config.ts']).toContain("'@project': fileURLToPath(new URL('./project/src', import.meta.url))");
  });

  it('brings in a module the learner\'s code imports that the reference does not', () => {
    const project = build(learnerCode('spam-filter', (code) => `import { mulberry32 } from '@project/random';\nimport { rulesFired } from '@project/rules';\nexport const mine = [mulberry32, rulesFired];\n${code}`));
    expect(project.learnerModules).toContain('project/src/spam-filter.ts');
    expect(project.files['project/src/rules.ts']).toBe(reference.files['project/src/rules.ts']);
  });

  it.each([
    ['does not parse', (code: string) => `${code}\nexport const = ;`, /does not parse/],
    ['imports a package the project does not use', (code: string) => `import left from 'left-pad';\nexport const pad = left;\n${code}`, /"left-pad", a package the project does not use/],
    ['imports a module the project does not have', (code: string) => `import { x } from '@project/nowhere';\nexport const y = x;\n${code}`, /"@project\/nowhere", which is not a module of the project/],
  ])('sets a passed module aside, with the reason, when it %s', (_, edit, reason) => {
    const project = build(learnerCode('spam-filter', edit));
    expect(project.learnerModules).toEqual([]);
    expect(project.setAside).toEqual([{ path: 'project/src/spam-filter.ts', exercise: 'software-engineering/01-spam-filter', reason: expect.stringMatching(reason) }]);
    expect(project.files['project/src/spam-filter.ts']).toBe(reference.files['project/src/spam-filter.ts']);
    expect(project.files['README.md']).toContain('the reference stands in for it');
  });

  it.each([
    ['the reference', {}],
    ['every solution as the learner\'s code', allSolutions],
  ])('declares every package that a file of %s imports, types included', (_, progress) => {
    const project = build(progress);
    expect(unmetImports(project)).toEqual([]);
  });

  it('finds an import nobody declared (the check above can fail)', () => {
    const project = build({});
    const broken = { ...project, files: { ...project.files, 'project/src/tokenize.ts': `import type { X } from 'undeclared';\n${project.files['project/src/tokenize.ts']}` } };
    expect(unmetImports(broken)).toEqual(['project/src/tokenize.ts imports "undeclared"']);
  });

  it('declares what the service runs as dependencies and what only tests use as dev dependencies, with the repository\'s ranges', () => {
    const manifest = JSON.parse(build({}).files['package.json']);
    const repository = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const ranges = { ...repository.dependencies, ...repository.devDependencies };
    expect(Object.keys(manifest.dependencies)).toEqual(['@hono/node-server', 'hono', 'postal-mime', 'tsx', 'zod']);
    expect(Object.keys(manifest.devDependencies)).toEqual(['@types/node', 'vitest']);
    for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) expect(range, name).toBe(ranges[name]);
    expect(manifest.scripts).toEqual({ start: 'tsx project/node/serve.ts', test: 'vitest run' });
  });

  it('has a README with the two commands, install-and-serve then test', () => {
    expect(readmeCommands(build({}).files['README.md'])).toEqual([INSTALL_AND_SERVE, TEST]);
    expect([INSTALL_AND_SERVE, TEST]).toEqual(['npm install && npm start', 'npm test']);
  });

  it('takes a model the learner trained, and refuses one that is not a model file', () => {
    const learnerModel = JSON.stringify({ ...JSON.parse(referenceModel.text), modelVersion: 'mine' });
    const project = build({}, { text: learnerModel, owner: 'learner' });
    expect(project.files[MODEL_PATH]).toBe(learnerModel);
    expect(project.files['README.md']).toContain('is the one you trained');
    expect(() => build({}, { text: '{"schemaVersion": 1}', owner: 'learner' })).toThrow(ModelFileError);
    expect(() => build({}, { text: 'not json', owner: 'learner' })).toThrow(/not JSON/);
  });

  it('zips into one folder that unpacks to the same files', () => {
    const { files } = build({});
    const unpacked = unzipSync(zipProject(files));
    expect(Object.keys(unpacked).sort()).toEqual(Object.keys(files).map((path) => `${PROJECT_FOLDER}/${path}`).sort());
    expect(strFromU8(unpacked[`${PROJECT_FOLDER}/${MODEL_PATH}`])).toBe(referenceModel.text);
  });
});
