/**
 * The learner's workspace for the local loop: a git-ignored folder holding their own copy of
 * each exercise they start (its starter, copied on first use) and their progress, kept as the
 * very file the site exports (`src/progress/schema.ts`), so progress moves between laptop and
 * browser. Nothing here ever writes to `exercises/`; anything it would overwrite is first
 * copied under `.backup/`.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { loadExercises, type LoadedExercise } from '../../src/plugins/exercises/load-exercises';
import { exercisesInCourseOrder, readCourseOutline } from '../../src/plugins/course-plan/outline';
import { PROGRESS_FILE_FORMAT, PROGRESS_VERSION, progressFileSchema, type ExerciseProgress, type ProgressFile } from '../../src/progress/schema';
import { newExerciseProgress } from '../../src/progress/storage';

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

export interface Workspace {
  /** The repository: `exercises/`, `project/` and `docs/` are read from here. */
  root: string;
  /** The learner's folder (`workspace/` of the repository unless told otherwise). */
  dir: string;
  /** Every exercise, in the order the course teaches them. */
  exercises: LoadedExercise[];
}

export function openWorkspace(root: string, dir = join(root, 'workspace')): Workspace {
  const loaded = loadExercises(join(root, 'exercises'), join(root, 'project'));
  const order = exercisesInCourseOrder(readCourseOutline(join(root, 'docs')));
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const exercises = [...loaded].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { root, dir, exercises };
}

const progressPath = (workspace: Workspace) => join(workspace.dir, 'progress.json');
export const exerciseDir = (workspace: Workspace, id: string) => join(workspace.dir, id);

/** The files a learner writes (not read-only support files), as in the site's progress. */
export const editableFiles = (exercise: LoadedExercise) =>
  Object.keys(exercise.problemFiles).filter((file) => !exercise.meta.files.readOnly.includes(file)).sort();

/**
 * The exercise an id names: the full `chapter/NN-slug`, or any unambiguous short form
 * (`NN-slug`, `slug`, `chapter/NN`). Anything else is an error that suggests the closest id.
 */
export function findExercise(workspace: Workspace, given: string): LoadedExercise {
  const wanted = given.trim().replace(/^exercises\//, '').replace(/\/+$/, '');
  const exact = workspace.exercises.find((exercise) => exercise.id === wanted);
  if (exact) return exact;
  const short = workspace.exercises.filter((exercise) => {
    const [chapter, folder] = exercise.id.split('/');
    return [folder, folder.replace(/^\d\d-/, ''), `${chapter}/${folder.slice(0, 2)}`].includes(wanted);
  });
  if (short.length === 1) return short[0];
  if (short.length > 1) {
    throw new WorkspaceError(`"${given}" could be ${short.map((exercise) => exercise.id).join(' or ')}: give the full id.`);
  }
  // Compared with each id and with its short forms, so "rule-baseline" finds product/04-rules-baseline.
  const forms = new Map(workspace.exercises.flatMap((exercise) => {
    const folder = exercise.id.split('/')[1];
    return [exercise.id, folder, folder.replace(/^\d\d-/, '')].map((form) => [form, exercise.id] as const);
  }));
  const suggestion = forms.get(closest(wanted, [...forms.keys()]));
  throw new WorkspaceError(`There is no exercise "${given}". Did you mean ${suggestion}?\nEvery exercise: npm run exercise -- list`);
}

function emptyProgress(): ProgressFile {
  return { format: PROGRESS_FILE_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date().toISOString(), settings: { version: PROGRESS_VERSION, useOwnModules: false }, exercises: {} };
}

export interface ProgressRead {
  progress: ProgressFile;
  /** Set when the stored file could not be used: where it was moved. */
  setAsideAs?: string;
}

/** The workspace's progress; a damaged file is moved aside (never deleted) and a fresh one begun. */
export function readProgress(workspace: Workspace): ProgressRead {
  const path = progressPath(workspace);
  if (!existsSync(path)) return { progress: emptyProgress() };
  try {
    return { progress: progressFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) };
  } catch {
    const setAsideAs = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(path, setAsideAs);
    return { progress: emptyProgress(), setAsideAs };
  }
}

function writeProgress(workspace: Workspace, progress: ProgressFile): void {
  mkdirSync(workspace.dir, { recursive: true });
  writeFileSync(progressPath(workspace), `${JSON.stringify(progressFileSchema.parse(progress), null, 2)}\n`);
}

/** The learner's current files of an exercise, read from their copy. */
function currentFiles(workspace: Workspace, exercise: LoadedExercise): Record<string, string> {
  const dir = exerciseDir(workspace, exercise.id);
  return Object.fromEntries(
    editableFiles(exercise).map((file) => {
      const path = join(dir, file);
      return [file, existsSync(path) ? readFileSync(path, 'utf8') : exercise.problemFiles[file]];
    }),
  );
}

/** Writes a fresh copy of the starter; read-only support files are made read-only on disk too. */
function writeStarter(workspace: Workspace, exercise: LoadedExercise, files: Record<string, string> = {}): void {
  const dir = exerciseDir(workspace, exercise.id);
  for (const [file, starter] of Object.entries(exercise.problemFiles)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) chmodSync(path, 0o644);
    writeFileSync(path, files[file] ?? starter);
    if (exercise.meta.files.readOnly.includes(file)) chmodSync(path, 0o444);
  }
}

/** Copies the learner's folder of an exercise under `.backup/<id>/<time>/`; returns where. */
function backUp(workspace: Workspace, exercise: LoadedExercise): string | undefined {
  const dir = exerciseDir(workspace, exercise.id);
  if (!existsSync(dir)) return undefined;
  const backup = join(workspace.dir, '.backup', exercise.id, new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dirname(backup), { recursive: true });
  cpSync(dir, backup, { recursive: true });
  return backup;
}

/** The learner's copy of an exercise, made from the starter the first time. */
export function startExercise(workspace: Workspace, exercise: LoadedExercise): { dir: string; created: boolean } {
  const dir = exerciseDir(workspace, exercise.id);
  if (existsSync(dir)) return { dir, created: false };
  writeStarter(workspace, exercise);
  const { progress } = readProgress(workspace);
  progress.exercises[exercise.id] ??= newExerciseProgress(currentFiles(workspace, exercise));
  writeProgress(workspace, progress);
  return { dir, created: true };
}

export const isStarted = (workspace: Workspace, id: string) => existsSync(exerciseDir(workspace, id));

/** Puts the starter back; the learner's files are kept under `.backup/`. */
export function resetExercise(workspace: Workspace, exercise: LoadedExercise): { backup?: string } {
  const backup = backUp(workspace, exercise);
  rmSync(exerciseDir(workspace, exercise.id), { recursive: true, force: true });
  writeStarter(workspace, exercise);
  const { progress } = readProgress(workspace);
  const entry = progress.exercises[exercise.id] ?? newExerciseProgress({});
  progress.exercises[exercise.id] = { ...entry, files: currentFiles(workspace, exercise), passed: false, updatedAt: new Date().toISOString() };
  writeProgress(workspace, progress);
  return { backup };
}

/** Records a test run: `passed` by exercise id. */
export function recordRun(workspace: Workspace, results: Record<string, boolean>): void {
  const { progress } = readProgress(workspace);
  const now = new Date().toISOString();
  for (const [id, passed] of Object.entries(results)) {
    const exercise = workspace.exercises.find((candidate) => candidate.id === id);
    if (!exercise) continue;
    const entry: ExerciseProgress = progress.exercises[id] ?? newExerciseProgress({});
    progress.exercises[id] = {
      ...entry,
      files: currentFiles(workspace, exercise),
      attempted: true,
      passed,
      updatedAt: now,
      lastRunAt: now,
      ...(passed && !entry.firstPassedAt ? { firstPassedAt: now } : {}),
    };
  }
  writeProgress(workspace, progress);
}

/** The progress file to take to the site or another laptop, with every started exercise's current code. */
export function exportProgress(workspace: Workspace): ProgressFile {
  const { progress } = readProgress(workspace);
  for (const exercise of workspace.exercises) {
    if (!isStarted(workspace, exercise.id)) continue;
    const entry = progress.exercises[exercise.id] ?? newExerciseProgress({});
    progress.exercises[exercise.id] = { ...entry, files: currentFiles(workspace, exercise) };
  }
  return progressFileSchema.parse({ ...progress, exportedAt: new Date().toISOString() });
}

export interface ImportReport {
  imported: string[];
  /** Parts of the file this course does not have (another version of it), left out. */
  skipped: string[];
  backups: string[];
}

/**
 * Takes in a progress file exported by the site or by another workspace: each exercise it
 * holds gets the file's code and status (the learner's previous files go to `.backup/`);
 * exercises it does not hold stay as they are. A file that is not valid changes nothing.
 */
export function importProgress(workspace: Workspace, text: string): ImportReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkspaceError('This file is not JSON. Use a file saved with "Export progress" on the site or `npm run exercise -- export`. Nothing was changed.');
  }
  const parsed = progressFileSchema.safeParse(json);
  if (!parsed.success) {
    const looksLikeProgress = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === PROGRESS_FILE_FORMAT;
    throw new WorkspaceError(
      looksLikeProgress
        ? `This progress file is damaged or from another version of the course (at "${parsed.error.issues[0].path.join('.')}"). Nothing was changed.`
        : 'This is not a progress file of this course. Nothing was changed.',
    );
  }
  const report: ImportReport = { imported: [], skipped: [], backups: [] };
  const { progress } = readProgress(workspace);
  for (const [id, entry] of Object.entries(parsed.data.exercises)) {
    const exercise = workspace.exercises.find((candidate) => candidate.id === id);
    if (!exercise) {
      report.skipped.push(`${id} (no such exercise)`);
      continue;
    }
    const editable = editableFiles(exercise);
    const files = Object.fromEntries(Object.entries(entry.files).filter(([file]) => editable.includes(file)));
    for (const file of Object.keys(entry.files)) if (!editable.includes(file)) report.skipped.push(`${id}: ${file} (not a file the learner writes)`);
    const backup = backUp(workspace, exercise);
    if (backup) report.backups.push(backup);
    rmSync(exerciseDir(workspace, id), { recursive: true, force: true });
    writeStarter(workspace, exercise, files);
    progress.exercises[id] = { ...entry, files: currentFiles(workspace, exercise) };
    report.imported.push(id);
  }
  progress.settings = parsed.data.settings;
  writeProgress(workspace, progress);
  return report;
}
