/**
 * Reads every exercise folder, validates it against the format, and turns it into the data a
 * page embeds. Any problem fails loudly, naming the folder and the field, so a malformed
 * exercise never reaches a learner.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toExerciseImports } from './project-imports';
import { exerciseMetaSchema, type ExerciseData, type ExerciseIndexEntry, type ExerciseMeta } from './schema';

const CHAPTER_PATTERN = /^[a-z][a-z0-9-]*$/;
const EXERCISE_PATTERN = /^\d\d-[a-z0-9-]+$/;
const TEST_FILE = /\.test\.tsx?$/;

export class ExerciseFormatError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid exercises:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ExerciseFormatError';
  }
}

export interface LoadedExercise {
  id: string;
  /** Absolute path of the exercise folder. */
  dir: string;
  meta: ExerciseMeta;
  /** The starter: every file of problem/, read-only support files included. */
  problemFiles: Record<string, string>;
  /**
   * The reference answer for every file of problem/, as the learner sees it: a project module
   * the exercise provides (with its imports written as `@project/…`), else the file of
   * solution/, else (read-only files) the starter itself.
   */
  solutionFiles: Record<string, string>;
  /** Where each file's reference answer is on disk (a file of project/src, solution/ or problem/). */
  solutionPaths: Record<string, string>;
  testFiles: Record<string, string>;
}

/**
 * Where the reference answer of each file of an exercise is: the project module the exercise
 * provides for it, else its own solution/ folder, else (read-only support files) problem/.
 * Node runs of an exercise's tests resolve `./file` with this.
 */
export function solutionPathsOf(dir: string, meta: Pick<ExerciseMeta, 'provides'>, problemFiles: string[], projectDir: string): Record<string, string> {
  const provided = new Map(Object.entries(meta.provides).map(([module, file]) => [file, module]));
  return Object.fromEntries(
    problemFiles.map((file) => {
      const module = provided.get(file);
      if (module) return [file, join(projectDir, 'src', `${module}.ts`)];
      const own = join(dir, 'solution', file);
      return [file, existsSync(own) ? own : join(dir, 'problem', file)];
    }),
  );
}

/** Every `<chapter>/<NN-slug>` id under `exercisesDir`, sorted; throws on folders that break the naming rule. */
export function listExerciseIds(exercisesDir: string): string[] {
  const ids: string[] = [];
  const problems: string[] = [];
  for (const chapter of readdirSync(exercisesDir).sort()) {
    const chapterDir = join(exercisesDir, chapter);
    if (!statSync(chapterDir).isDirectory() || chapter === 'node_modules') continue;
    if (!CHAPTER_PATTERN.test(chapter)) {
      problems.push(`exercises/${chapter}: a chapter folder is named in lowercase kebab-case, like "data-engineering"`);
      continue;
    }
    for (const name of readdirSync(chapterDir).sort()) {
      if (!statSync(join(chapterDir, name)).isDirectory()) continue;
      if (EXERCISE_PATTERN.test(name)) ids.push(`${chapter}/${name}`);
      else problems.push(`exercises/${chapter}/${name}: an exercise folder is named <NN-slug>, like "02-rules-baseline"`);
    }
  }
  if (problems.length > 0) throw new ExerciseFormatError(problems);
  return ids;
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** Loads and validates one exercise; pushes every problem found onto `problems`. */
function loadExercise(exercisesDir: string, projectDir: string, id: string, problems: string[]): LoadedExercise | null {
  const dir = join(exercisesDir, id);
  const where = `exercises/${id}`;
  const report = (field: string, message: string) => problems.push(`${where}: ${field}: ${message}`);

  const metaPath = join(dir, 'exercise.json');
  if (!existsSync(metaPath)) {
    report('exercise.json', 'missing');
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (error) {
    report('exercise.json', `not valid JSON (${(error as Error).message})`);
    return null;
  }
  const parsed = exerciseMetaSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.') || '(root)', issue.message);
    return null;
  }
  const meta = parsed.data;

  const problemFiles = readTree(join(dir, 'problem'));
  const ownSolutions = readTree(join(dir, 'solution'));
  const testFiles = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => TEST_FILE.test(name) && statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
  const before = problems.length;

  if (Object.keys(problemFiles).length === 0) report('problem/', 'has no starter file');
  if (Object.keys(testFiles).length === 0) report('tests', 'no *.test.ts file at the folder root');
  for (const name of Object.keys(problemFiles)) {
    if (name in testFiles) report('problem/', `"${name}" has the same name as a test file`);
  }

  const known = (name: string) => name in problemFiles || name in testFiles;
  meta.files.visible.forEach((name, i) => {
    if (!known(name)) report(`files.visible[${i}]`, `"${name}" is neither in problem/ nor a test file`);
  });
  if (new Set(meta.files.visible).size !== meta.files.visible.length) report('files.visible', 'lists a file twice');
  meta.files.readOnly.forEach((name, i) => {
    if (!(name in problemFiles)) report(`files.readOnly[${i}]`, `"${name}" is not in problem/`);
  });
  if (!(meta.files.active in problemFiles)) report('files.active', `"${meta.files.active}" is not in problem/`);
  else if (!meta.files.visible.includes(meta.files.active)) report('files.active', `"${meta.files.active}" must also be in files.visible`);
  else if (meta.files.readOnly.includes(meta.files.active)) report('files.active', `"${meta.files.active}" is read-only; the first tab must be editable`);

  meta.modules.forEach((name, i) => {
    if (!existsSync(join(projectDir, 'src', `${name}.ts`))) report(`modules[${i}]`, `project/src/${name}.ts does not exist`);
  });
  const providedFiles = new Set(Object.values(meta.provides));
  for (const [name, file] of Object.entries(meta.provides)) {
    if (!(file in problemFiles)) report(`provides.${name}`, `"${file}" is not in problem/`);
    else if (meta.files.readOnly.includes(file)) report(`provides.${name}`, `"${file}" is read-only; the learner must write it`);
    if (!existsSync(join(projectDir, 'src', `${name}.ts`))) report(`provides.${name}`, `project/src/${name}.ts does not exist: the module an exercise provides is its solution`);
    if (file in ownSolutions) report(`provides.${name}`, `solution/${file} must not exist: the solution is project/src/${name}.ts`);
  }
  // solution/ holds exactly the files the learner writes that are not project modules.
  for (const file of Object.keys(problemFiles)) {
    const needsOwn = !providedFiles.has(file) && !meta.files.readOnly.includes(file);
    if (needsOwn && !(file in ownSolutions)) report('solution/', `"${file}" is missing: every editable file of problem/ that is not a project module needs its answer there`);
    if (meta.files.readOnly.includes(file) && file in ownSolutions) report('solution/', `"${file}" is read-only, so it exists once, in problem/`);
  }
  for (const file of Object.keys(ownSolutions)) {
    if (!(file in problemFiles)) report('solution/', `"${file}" is not in problem/`);
  }

  if (problems.length > before) return null;
  const solutionPaths = solutionPathsOf(dir, meta, Object.keys(problemFiles), projectDir);
  const solutionFiles: Record<string, string> = {};
  for (const [file, path] of Object.entries(solutionPaths)) {
    const code = readFileSync(path, 'utf8');
    solutionFiles[file] = providedFiles.has(file) ? toExerciseImports(code, relative(projectDir, path)) : code;
  }
  return { id, dir, meta, problemFiles, solutionFiles, solutionPaths, testFiles };
}

/** Loads every exercise; throws an `ExerciseFormatError` listing every problem in every folder. */
export function loadExercises(exercisesDir: string, projectDir: string): LoadedExercise[] {
  const problems: string[] = [];
  const exercises = listExerciseIds(exercisesDir)
    .map((id) => loadExercise(exercisesDir, projectDir, id, problems))
    .filter((exercise): exercise is LoadedExercise => exercise !== null);

  const providers = new Map<string, string>();
  for (const exercise of exercises) {
    for (const name of Object.keys(exercise.meta.provides)) {
      const earlier = providers.get(name);
      if (earlier) problems.push(`exercises/${exercise.id}: provides.${name}: already provided by ${earlier}`);
      else providers.set(name, exercise.id);
    }
  }
  if (problems.length > 0) throw new ExerciseFormatError(problems);
  return exercises;
}

/** The JSON a page embeds for one exercise. */
export function toExerciseData(exercise: LoadedExercise, all: LoadedExercise[]): ExerciseData {
  const { meta } = exercise;
  const files: ExerciseData['files'] = {};
  for (const [path, code] of Object.entries(exercise.problemFiles)) {
    files[path] = { code, visible: meta.files.visible.includes(path), readOnly: meta.files.readOnly.includes(path) };
  }
  for (const [path, code] of Object.entries(exercise.testFiles)) {
    files[path] = { code, visible: meta.files.visible.includes(path), readOnly: true };
  }
  const solution = Object.fromEntries(
    Object.entries(exercise.solutionFiles).filter(([path]) => !meta.files.readOnly.includes(path)),
  );
  return {
    id: exercise.id,
    title: meta.title,
    goal: meta.goal,
    hints: meta.hints,
    files,
    tabs: meta.files.visible,
    activeFile: meta.files.active,
    testFiles: Object.keys(exercise.testFiles),
    solution,
    datasets: meta.datasets,
    modules: meta.modules.map((name) => {
      const provider = all.find((other) => name in other.meta.provides);
      return {
        name,
        path: `project/src/${name}.ts`,
        ...(provider ? { providedBy: { exercise: provider.id, file: provider.meta.provides[name] } } : {}),
      };
    }),
  };
}

export function toExerciseIndex(exercises: LoadedExercise[]): ExerciseIndexEntry[] {
  return exercises.map((exercise) => ({ id: exercise.id, title: exercise.meta.title }));
}
