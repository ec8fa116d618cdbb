// `npm run typecheck`: the whole repository with tsc, then every exercise as its own program.
// An exercise's test imports `./rules`, which exists only as the learner's file or its answer,
// so each exercise gets a tsconfig (under generated/typecheck/) whose `rootDirs` lay its
// folder over its answers: solution/, then project/src (the modules it provides), then
// problem/ (read-only support files). The starter is checked the same way over problem/ alone,
// without the unused-variable rules (a starter leaves parameters unused on purpose).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExercises, type LoadedExercise } from '../src/plugins/exercises/load-exercises';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'generated', 'typecheck');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface Program {
  name: string;
  config: string;
}

function exercisePrograms(exercise: LoadedExercise): Program[] {
  const dir = join(outDir, exercise.id);
  mkdirSync(dir, { recursive: true });
  const from = (path: string) => relative(dir, path).split('\\').join('/');
  const tests = Object.keys(exercise.testFiles).map((name) => from(join(exercise.dir, name)));
  const write = (variant: 'solution' | 'problem') => {
    const answers = variant === 'solution' ? [join(exercise.dir, 'solution'), join(root, 'project', 'src'), join(exercise.dir, 'problem')] : [join(exercise.dir, 'problem')];
    const files = variant === 'solution' ? Object.values(exercise.solutionPaths) : Object.keys(exercise.problemFiles).map((name) => join(exercise.dir, 'problem', name));
    const config = join(dir, `tsconfig.${variant}.json`);
    const tsconfig = {
      extends: from(join(root, 'tsconfig.json')),
      compilerOptions: {
        rootDirs: [exercise.dir, ...answers].map(from),
        ...(variant === 'problem' && { noUnusedLocals: false, noUnusedParameters: false }),
      },
      include: [],
      files: [...tests, ...files.filter((path) => /\.tsx?$/.test(path)).map(from), from(join(root, 'src', 'runner', 'exercise-modules.d.ts'))],
    };
    writeFileSync(config, `${JSON.stringify(tsconfig, null, 2)}\n`);
    return { name: `${exercise.id} (${variant === 'solution' ? 'tests with the answer' : 'tests with the starter'})`, config };
  };
  return [write('solution'), write('problem')];
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
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
const programs: Program[] = [{ name: 'the repository', config: join(root, 'tsconfig.json') }, ...exercises.flatMap(exercisePrograms)];

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
console.log(`type check: ${programs.length} programs clean (the repository, and each of ${exercises.length} exercises with its answer and with its starter)`);
