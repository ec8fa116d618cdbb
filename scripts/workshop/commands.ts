/**
 * The workshop loop's commands (`npm run exercise -- <command>`), each a function of the
 * workspace that writes what it has to say through `print`, so tests run them on a temporary
 * workspace. Watching is the one command that hands the terminal to vitest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { spawnTests, runTestsOnce } from './run-tests';
import {
  WorkspaceError,
  editableFiles,
  exerciseDir,
  exportProgress,
  findExercise,
  importProgress,
  isStarted,
  readProgress,
  resetExercise,
  startExercise,
  type Workspace,
} from './workspace';

export const USAGE = `Usage: npm run exercise -- <command>

  <id>             work on one exercise: your copy is workspace/<id>/ (made from the starter
                   the first time); its tests re-run each time you save. Ctrl+C to stop.
  next             the same, for the first exercise in course order that does not pass yet
  status           run the tests of every exercise you started; list what passes
  diff <id>        your files next to the solution
  reset <id>       put the starter back (your files are kept in workspace/.backup/)
  export [file]    save your progress as the file the site's "Import progress" reads
  import <file>    load a progress file saved by the site's "Export progress" (or by export)
  list             every exercise, in course order, with its estimated minutes

An id is chapter/NN-slug, like product/04-rules-baseline; NN-slug or the slug alone will do.`;

export type Print = (text: string) => void;

function warnIfSetAside(workspace: Workspace, print: Print): void {
  const { setAsideAs } = readProgress(workspace);
  if (setAsideAs) print(`Your progress file could not be read; it was moved to ${setAsideAs} and a new one begun.`);
}

/** Starts (if needed) and watches one exercise until the learner stops it. */
export function watch(workspace: Workspace, id: string, print: Print): Promise<number> {
  const exercise = findExercise(workspace, id);
  warnIfSetAside(workspace, print);
  const { dir, created } = startExercise(workspace, exercise);
  const where = relative(process.cwd(), dir) || '.';
  print(`${exercise.meta.title} (${exercise.id}, about ${exercise.meta.minutes} min)`);
  print(`${created ? 'Your copy of the starter is in' : 'Your copy is in'} ${where}/: edit ${editableFiles(exercise).join(', ')} in your editor; the tests re-run on every save. Ctrl+C to stop.\n`);
  const child = spawnTests(workspace, [exercise.id], 'watch');
  // Ctrl+C reaches vitest with the terminal's process group; any other stop request is passed on.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((done) => child.on('exit', (code) => done(code ?? 0)));
}

/** The first exercise, in course order, that does not pass yet. */
export function nextExercise(workspace: Workspace): string | undefined {
  const { progress } = readProgress(workspace);
  return workspace.exercises.find((exercise) => !progress.exercises[exercise.id]?.passed)?.id;
}

export async function status(workspace: Workspace, print: Print): Promise<void> {
  warnIfSetAside(workspace, print);
  const started = workspace.exercises.filter((exercise) => isStarted(workspace, exercise.id)).map((exercise) => exercise.id);
  const runStarted = new Date().toISOString();
  if (started.length > 0) await runTestsOnce(workspace, started);
  const { progress } = readProgress(workspace);
  const unrecorded = started.filter((id) => (progress.exercises[id]?.lastRunAt ?? '') < runStarted);
  if (unrecorded.length > 0) throw new WorkspaceError(`The tests of ${unrecorded.join(', ')} did not report a result; run them one at a time with \`npm run exercise -- <id>\` to see why.`);
  const width = Math.max(...workspace.exercises.map((exercise) => exercise.id.length));
  let passing = 0;
  for (const exercise of workspace.exercises) {
    const entry = progress.exercises[exercise.id];
    const state = !started.includes(exercise.id) ? 'not started' : entry?.passed ? 'passes' : 'fails';
    if (state === 'passes') passing++;
    print(`${exercise.id.padEnd(width)}  ${state.padEnd(11)}  ${exercise.meta.title}`);
  }
  print(`\n${passing} of ${workspace.exercises.length} exercises pass.${nextExercise(workspace) ? ` Next: npm run exercise -- next (${nextExercise(workspace)})` : ''}`);
}

/** The learner's files against the solution, as a unified diff (`-` solution, `+` yours). */
export function diff(workspace: Workspace, id: string, print: Print): void {
  const exercise = findExercise(workspace, id);
  if (!isStarted(workspace, exercise.id)) throw new WorkspaceError(`You have not started ${exercise.id} yet: npm run exercise -- ${exercise.id}`);
  let same = true;
  for (const file of editableFiles(exercise)) {
    const mine = readFileSync(resolve(exerciseDir(workspace, exercise.id), file), 'utf8');
    const solution = exercise.solutionFiles[file];
    if (mine === solution) continue;
    same = false;
    print(createTwoFilesPatch(`solution/${file}`, `yours/${file}`, solution, mine, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
  }
  if (same) print(`Your files of ${exercise.id} are the solution, line for line.`);
}

export function reset(workspace: Workspace, id: string, print: Print): void {
  const exercise = findExercise(workspace, id);
  const { backup } = resetExercise(workspace, exercise);
  print(`${exercise.id} is back to its starter.${backup ? ` Your files were kept in ${relative(process.cwd(), backup)}/.` : ''}`);
}

export function exportTo(workspace: Workspace, file: string | undefined, print: Print): string {
  const path = resolve(file ?? `end-to-end-progress-${new Date().toISOString().slice(0, 10)}.json`);
  const progress = exportProgress(workspace);
  writeFileSync(path, `${JSON.stringify(progress, null, 2)}\n`);
  print(`Saved the progress of ${Object.keys(progress.exercises).length} exercises to ${path}. On the site: Introduction → How exercises work → Import progress.`);
  return path;
}

export function importFrom(workspace: Workspace, file: string, print: Print): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new WorkspaceError(`Cannot read ${file}. Nothing was changed.`);
  }
  const report = importProgress(workspace, text);
  print(`Imported ${report.imported.length} exercises into ${relative(process.cwd(), workspace.dir) || '.'}/.`);
  if (report.backups.length > 0) print(`Your previous files of those exercises were kept in ${relative(process.cwd(), resolve(workspace.dir, '.backup'))}/.`);
  if (report.skipped.length > 0) print(`Left out, as this course does not have them:\n${report.skipped.map((item) => `  ${item}`).join('\n')}`);
}

export function list(workspace: Workspace, print: Print): void {
  const width = Math.max(...workspace.exercises.map((exercise) => exercise.id.length));
  for (const exercise of workspace.exercises) print(`${exercise.id.padEnd(width)}  ${String(exercise.meta.minutes).padStart(3)} min  ${exercise.meta.title}`);
}
