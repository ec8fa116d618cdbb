/**
 * The workshop loop on a temporary workspace, with the course's real exercises: copies are
 * made from the starters, tests run against the copies (the repository is never written),
 * and progress goes to and from the site's progress file format.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressFileSchema, type ProgressFile } from '../../src/progress/schema';
import { newExerciseProgress } from '../../src/progress/storage';
import { diff, exportTo, importFrom, nextExercise, reset, status } from './commands';
import { WorkspaceError, findExercise, openWorkspace, readProgress, startExercise, type Workspace } from './workspace';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LINKS = 'intro/01-handoff-links';
const SUBJECT = 'intro/03-read-a-header';

let workspace: Workspace;
let output: string[];
const print = (text: string) => output.push(text);
const printed = () => output.join('\n');
const exercise = (id: string) => findExercise(workspace, id);
const copyOf = (id: string, file: string) => join(workspace.dir, id, file);
const solutionOf = (id: string, file: string) => exercise(id).solutionFiles[file];

beforeEach(() => {
  workspace = openWorkspace(root, mkdtempSync(join(tmpdir(), 'exercise-workspace-')));
  output = [];
});
afterEach(() => rmSync(workspace.dir, { recursive: true, force: true }));

describe('starting an exercise', () => {
  it('copies the starter into the workspace, support files read-only, and leaves the repository alone', () => {
    const before = readFileSync(join(root, 'exercises', SUBJECT, 'problem', 'subject.ts'), 'utf8');
    const { dir, created } = startExercise(workspace, exercise(SUBJECT));
    expect(created).toBe(true);
    expect(dir).toBe(join(workspace.dir, SUBJECT));
    expect(readFileSync(join(dir, 'subject.ts'), 'utf8')).toBe(before);
    expect(statSync(join(dir, 'email.ts')).mode & 0o222, 'email.ts is a read-only support file').toBe(0);
    expect(statSync(join(dir, 'subject.ts')).mode & 0o200).not.toBe(0);

    writeFileSync(join(dir, 'subject.ts'), '// mine');
    expect(startExercise(workspace, exercise(SUBJECT)).created, 'a second start keeps the copy').toBe(false);
    expect(readFileSync(join(dir, 'subject.ts'), 'utf8')).toBe('// mine');
    expect(readFileSync(join(root, 'exercises', SUBJECT, 'problem', 'subject.ts'), 'utf8')).toBe(before);
  });

  it('names exercises by full id or an unambiguous short form, and suggests the closest id for a typo', () => {
    expect(findExercise(workspace, 'product/04-rules-baseline').id).toBe('product/04-rules-baseline');
    expect(findExercise(workspace, '04-rules-baseline').id).toBe('product/04-rules-baseline');
    expect(findExercise(workspace, 'rules-baseline').id).toBe('product/04-rules-baseline');
    expect(findExercise(workspace, 'product/04').id).toBe('product/04-rules-baseline');
    expect(() => findExercise(workspace, 'product/04-rule-baseline')).toThrow('There is no exercise "product/04-rule-baseline". Did you mean product/04-rules-baseline?');
    expect(() => findExercise(workspace, 'time-spilt')).toThrow('Did you mean data-engineering/07-time-split?');
    expect(() => findExercise(workspace, 'time-spilt')).toThrow(WorkspaceError);
  });
});

describe('status, next, diff and reset', () => {
  it('runs the tests of every started exercise against the copies and records what passes', async () => {
    startExercise(workspace, exercise(LINKS));
    startExercise(workspace, exercise(SUBJECT));
    writeFileSync(copyOf(SUBJECT, 'subject.ts'), solutionOf(SUBJECT, 'subject.ts'));

    await status(workspace, print);

    expect(printed()).toMatch(new RegExp(`${LINKS}\\s+fails`));
    expect(printed()).toMatch(new RegExp(`${SUBJECT}\\s+passes`));
    expect(printed()).toMatch(/product\/01-root-causes\s+not started/);
    expect(printed()).toContain(`1 of ${workspace.exercises.length} exercises pass. Next: npm run exercise -- next (${LINKS})`);
    const { progress } = readProgress(workspace);
    expect(progress.exercises[SUBJECT]).toMatchObject({ attempted: true, passed: true, files: { 'subject.ts': solutionOf(SUBJECT, 'subject.ts') } });
    expect(progress.exercises[SUBJECT].firstPassedAt).toBeDefined();
    expect(progress.exercises[LINKS]).toMatchObject({ attempted: true, passed: false });
    expect(nextExercise(workspace), 'the first exercise in course order that does not pass').toBe(LINKS);
  }, 60_000);

  it('shows the learner\'s files against the solution', () => {
    startExercise(workspace, exercise(LINKS));
    diff(workspace, LINKS, print);
    expect(printed()).toContain('--- solution/links.ts');
    expect(printed()).toContain('+++ yours/links.ts');
    expect(printed()).toContain('-  return (people * (people - 1)) / 2;');
    expect(printed()).toContain('+  return 0;');

    output = [];
    writeFileSync(copyOf(LINKS, 'links.ts'), solutionOf(LINKS, 'links.ts'));
    diff(workspace, LINKS, print);
    expect(printed()).toBe(`Your files of ${LINKS} are the solution, line for line.`);
    expect(() => diff(workspace, SUBJECT, print)).toThrow(`You have not started ${SUBJECT} yet`);
  });

  it('reset puts the starter back and keeps the learner\'s files', () => {
    startExercise(workspace, exercise(LINKS));
    writeFileSync(copyOf(LINKS, 'links.ts'), '// my attempt\n');
    reset(workspace, LINKS, print);
    expect(readFileSync(copyOf(LINKS, 'links.ts'), 'utf8')).toBe(exercise(LINKS).problemFiles['links.ts']);
    const backup = /kept in (.+)\/\.$/.exec(printed())?.[1];
    expect(backup).toBeDefined();
    expect(readFileSync(join(process.cwd(), backup!, 'links.ts'), 'utf8')).toBe('// my attempt\n');
  });
});

describe('one progress file for the site and the workspace', () => {
  /** A file as the site's "Export progress" writes it. */
  function siteExport(exercises: ProgressFile['exercises']): string {
    const file: ProgressFile = { format: 'end-to-end-course-progress', version: 1, exportedAt: new Date().toISOString(), settings: { version: 1, useOwnModules: true }, exercises };
    return JSON.stringify(file, null, 2);
  }

  it('imports what the site exported: code into the copies, status and hints kept', () => {
    const file = join(workspace.dir, 'from-the-site.json');
    const passed = { ...newExerciseProgress({ 'links.ts': solutionOf(LINKS, 'links.ts') }), attempted: true, passed: true, hintsUsed: 2 };
    writeFileSync(file, siteExport({ [LINKS]: passed }));

    importFrom(workspace, file, print);

    expect(printed()).toContain('Imported 1 exercises');
    expect(readFileSync(copyOf(LINKS, 'links.ts'), 'utf8')).toBe(solutionOf(LINKS, 'links.ts'));
    const { progress } = readProgress(workspace);
    expect(progress.exercises[LINKS]).toMatchObject({ passed: true, hintsUsed: 2 });
    expect(progress.settings.useOwnModules).toBe(true);
    expect(nextExercise(workspace)).toBe('intro/02-lead-time');
  });

  it('exports a file the site accepts, and a second workspace imports it to the same code', () => {
    startExercise(workspace, exercise(SUBJECT));
    writeFileSync(copyOf(SUBJECT, 'subject.ts'), '// half done\n');
    const path = exportTo(workspace, join(workspace.dir, 'progress-export.json'), print);
    const exported = progressFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(exported.exercises[SUBJECT].files).toEqual({ 'subject.ts': '// half done\n' });

    const laptop = openWorkspace(root, join(workspace.dir, 'another-laptop'));
    importFrom(laptop, path, print);
    expect(readFileSync(join(laptop.dir, SUBJECT, 'subject.ts'), 'utf8')).toBe('// half done\n');
    expect(readFileSync(join(laptop.dir, SUBJECT, 'email.ts'), 'utf8'), 'support files come from the course').toBe(exercise(SUBJECT).problemFiles['email.ts']);
  });

  it('refuses a damaged file and changes nothing', () => {
    startExercise(workspace, exercise(LINKS));
    writeFileSync(copyOf(LINKS, 'links.ts'), '// mine\n');
    const before = readFileSync(join(workspace.dir, 'progress.json'), 'utf8');
    const bad = join(workspace.dir, 'bad.json');

    writeFileSync(bad, '{ not json');
    expect(() => importFrom(workspace, bad, print)).toThrow('This file is not JSON');
    writeFileSync(bad, siteExport({ [LINKS]: { ...newExerciseProgress({ 'links.ts': 'x' }), hintsUsed: -1 } }));
    expect(() => importFrom(workspace, bad, print)).toThrow(`damaged or from another version of the course (at "exercises.${LINKS}.hintsUsed")`);
    writeFileSync(bad, JSON.stringify({ some: 'other file' }));
    expect(() => importFrom(workspace, bad, print)).toThrow('not a progress file of this course');

    expect(readFileSync(copyOf(LINKS, 'links.ts'), 'utf8')).toBe('// mine\n');
    expect(readFileSync(join(workspace.dir, 'progress.json'), 'utf8')).toBe(before);
  });

  it('writes only files the learner owns: unknown exercises and paths are left out', () => {
    const file = join(workspace.dir, 'odd.json');
    writeFileSync(
      file,
      siteExport({
        'intro/99-gone': newExerciseProgress({ 'gone.ts': 'x' }),
        [SUBJECT]: newExerciseProgress({ 'subject.ts': '// ok\n', 'email.ts': '// not theirs\n', '../../../escape.ts': 'x' }),
      }),
    );
    importFrom(workspace, file, print);
    expect(printed()).toContain('intro/99-gone (no such exercise)');
    expect(printed()).toContain(`${SUBJECT}: ../../../escape.ts (not a file the learner writes)`);
    expect(readFileSync(copyOf(SUBJECT, 'subject.ts'), 'utf8')).toBe('// ok\n');
    expect(readFileSync(copyOf(SUBJECT, 'email.ts'), 'utf8')).toBe(exercise(SUBJECT).problemFiles['email.ts']);
    expect(existsSync(join(workspace.dir, 'escape.ts'))).toBe(false);
    expect(existsSync(join(workspace.dir, '..', 'escape.ts'))).toBe(false);
  });

  it('moves a damaged progress file aside instead of losing it', () => {
    startExercise(workspace, exercise(LINKS));
    writeFileSync(join(workspace.dir, 'progress.json'), '{"format": "end-to-end-course-progress"');
    const read = readProgress(workspace);
    expect(read.progress.exercises).toEqual({});
    expect(readFileSync(read.setAsideAs!, 'utf8')).toBe('{"format": "end-to-end-course-progress"');
  });
});

describe('the command', () => {
  const cli = (args: string[], onOutput?: (text: string) => void) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'exercise.ts'), ...args], {
      cwd: root,
      env: { ...process.env, EXERCISE_WORKSPACE: workspace.dir, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const collect = (chunk: Buffer) => {
      text += chunk;
      onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    return { child, exited: new Promise<{ code: number | null; text: string }>((done) => child.on('close', (code) => done({ code, text }))) };
  };

  it('says which exercise was meant when the id is mistyped, and exits with 2', async () => {
    const { code, text } = await cli(['product/04-rule-baseline']).exited;
    expect(code).toBe(2);
    expect(text).toContain('Did you mean product/04-rules-baseline?');
  }, 30_000);

  it('watches one exercise: a run at start, another when the learner saves, each recorded', async () => {
    const lastRun = () => readProgress(workspace).progress.exercises[LINKS];
    const { child, exited } = cli([LINKS]);
    try {
      await expect.poll(() => lastRun()?.lastRunAt, { timeout: 30_000 }).toBeDefined();
      expect(lastRun().passed).toBe(false);
      writeFileSync(copyOf(LINKS, 'links.ts'), solutionOf(LINKS, 'links.ts'));
      await expect.poll(() => lastRun()?.passed, { timeout: 30_000 }).toBe(true);
    } finally {
      child.kill();
      await exited;
    }
  }, 60_000);
});
