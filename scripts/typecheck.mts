// `npm run typecheck`: the whole repository with tsc, then the exercises as programs of their own.
// An exercise's test imports `./rules`, which exists only as the learner's file or its answer,
// so exercises are checked through generated tsconfigs (under generated/typecheck/) whose
// `rootDirs` lay each exercise folder over its answers: solution/, then project/src (the
// modules it provides), then problem/ (read-only support files). The starters are checked the
// same way over problem/ alone, without the unused-variable rules (a starter leaves parameters
// unused on purpose). `rootDirs` merge every listed folder, so exercises whose file names
// would collide go into separate programs. Files that are not code (a `Dockerfile`) are imported
// as text; a declaration per such file name, written here, types them as strings.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExercises, type LoadedExercise } from '../src/plugins/exercises/load-exercises';
import { isTextFile } from '../src/runner/text-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'generated', 'typecheck');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const textFileDeclarations = join(outDir, 'text-files.d.ts');
const from = (path: string) => relative(outDir, path).split('\\').join('/');

interface Program {
  name: string;
  config: string;
}

type Variant = 'solution' | 'problem';

/** Files a test may reach by a relative path that are the exercise's own (not project modules). */
function ownFiles(exercise: LoadedExercise, variant: Variant): string[] {
  const provided = new Set(Object.values(exercise.meta.provides));
  return Object.keys(exercise.problemFiles).filter((file) => variant === 'problem' || !provided.has(file));
}

/** Splits exercises into groups in which no two share a file name (else `rootDirs` would mix them up). */
function groups(exercises: LoadedExercise[], variant: Variant): LoadedExercise[][] {
  const result: { members: LoadedExercise[]; names: Set<string> }[] = [];
  for (const exercise of exercises) {
    const names = ownFiles(exercise, variant);
    let group = result.find((candidate) => names.every((name) => !candidate.names.has(name)));
    if (!group) result.push((group = { members: [], names: new Set() }));
    group.members.push(exercise);
    for (const name of names) group.names.add(name);
  }
  return result.map((group) => group.members);
}

function program(members: LoadedExercise[], variant: Variant, index: number): Program {
  const answers = (exercise: LoadedExercise) =>
    variant === 'solution' ? [join(exercise.dir, 'solution'), join(exercise.dir, 'problem')] : [join(exercise.dir, 'problem')];
  const sources = (exercise: LoadedExercise) =>
    variant === 'solution' ? Object.values(exercise.solutionPaths) : Object.keys(exercise.problemFiles).map((name) => join(exercise.dir, 'problem', name));
  const rootDirs = [
    ...members.map((exercise) => exercise.dir),
    ...members.flatMap((exercise) => answers(exercise).slice(0, 1)),
    ...(variant === 'solution' ? [join(root, 'project', 'src')] : []),
    ...members.flatMap((exercise) => answers(exercise).slice(1)),
  ];
  const files = [
    ...members.flatMap((exercise) => Object.keys(exercise.testFiles).map((name) => join(exercise.dir, name))),
    ...new Set(members.flatMap(sources).filter((path) => /\.tsx?$/.test(path))),
    join(root, 'src', 'runner', 'exercise-modules.d.ts'),
    textFileDeclarations,
  ];
  const config = join(outDir, `tsconfig.${variant}-${index + 1}.json`);
  const tsconfig = {
    extends: from(join(root, 'tsconfig.json')),
    compilerOptions: { rootDirs: rootDirs.map(from), ...(variant === 'problem' && { noUnusedLocals: false, noUnusedParameters: false }) },
    include: [],
    files: files.map(from),
  };
  writeFileSync(config, `${JSON.stringify(tsconfig, null, 2)}\n`);
  const what = variant === 'solution' ? 'tests with their answers' : 'tests with their starters';
  return { name: `exercises, ${what} (${members.length} exercises, ${members[0].id} to ${members.at(-1)!.id})`, config };
}

function check(program: Program): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', program.config, '--noEmit', '--pretty', 'false'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve(code === 0 ? null : `${program.name}:\n${output.trim()}`));
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
// `import text from './Dockerfile'`: the pattern `*/Dockerfile` matches the relative specifier.
const textFileNames = [...new Set(exercises.flatMap((exercise) => Object.keys(exercise.problemFiles).filter(isTextFile).map((file) => basename(file))))].sort();
writeFileSync(
  textFileDeclarations,
  textFileNames.map((name) => `declare module '*/${name}' {\n  const text: string;\n  export default text;\n}\n`).join('') || 'export {};\n',
);
const programs: Program[] = [
  { name: 'the repository', config: join(root, 'tsconfig.json') },
  ...groups(exercises, 'solution').map((members, index) => program(members, 'solution', index)),
  ...groups(exercises, 'problem').map((members, index) => program(members, 'problem', index)),
];

const failures: string[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    while (next < programs.length) {
      const failure = await check(programs[next++]);
      if (failure) failures.push(failure);
    }
  }),
);
if (failures.length > 0) {
  console.error(failures.join('\n\n'));
  console.error(`\ntype check: ${failures.length} of ${programs.length} programs have errors`);
  process.exit(1);
}
console.log(`type check: ${programs.length} programs clean (the repository, and ${exercises.length} exercises with their answers and with their starters)`);
