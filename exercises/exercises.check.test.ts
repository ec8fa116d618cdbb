/**
 * Every exercise, checked the way CI sees it: its metadata is valid, its solution passes every
 * test under real vitest, its starter fails at least one, and plausible wrong answers fail too
 * ("tests of the tests": an exercise whose tests pass a constant is not teaching anything).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type LoadedExercise } from '../src/plugins/exercises/load-exercises';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));

/** Wrong answers each exercise's tests must reject, by exercise id: file name → code. */
const wrongAnswers: Record<string, { name: string; files: Record<string, string> }[]> = {
  'intro/01-handoff-links': [
    { name: 'a constant', files: { 'links.ts': 'export function communicationLinks(people: number): number { return 3; }' } },
    { name: 'counts each pair twice', files: { 'links.ts': 'export function communicationLinks(people: number): number { return people * (people - 1); }' } },
    { name: 'a chain, not every pair', files: { 'links.ts': 'export function communicationLinks(people: number): number { return Math.max(0, people - 1); }' } },
    { name: 'people squared, halved', files: { 'links.ts': 'export function communicationLinks(people: number): number { return Math.floor((people * people) / 2); }' } },
  ],
  'intro/02-lead-time': [
    {
      name: 'a wait between every two stages, same team or not',
      files: {
        'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number { return Math.max(0, stages.length - 1); }
export function leadTime(stages: Stage[], waitDays: number): number {
  return stages.reduce((sum, s) => sum + s.workDays, 0) + countHandoffs(stages) * waitDays;
}`,
      },
    },
    {
      name: 'counts distinct teams instead of changes of hands',
      files: {
        'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number { return Math.max(0, new Set(stages.map((s) => s.team)).size - 1); }
export function leadTime(stages: Stage[], waitDays: number): number {
  return stages.reduce((sum, s) => sum + s.workDays, 0) + countHandoffs(stages) * waitDays;
}`,
      },
    },
    {
      name: 'right hand-offs, but the wait is never added',
      files: {
        'lead-time.ts': `export interface Stage { team: string; workDays: number }
export function countHandoffs(stages: Stage[]): number {
  let n = 0;
  for (let i = 1; i < stages.length; i++) if (stages[i].team !== stages[i - 1].team) n++;
  return n;
}
export function leadTime(stages: Stage[], waitDays: number): number { return stages.reduce((sum, s) => sum + s.workDays, 0); }`,
      },
    },
  ],
  'intro/03-read-a-header': [
    {
      name: 'first line only (no unfolding)',
      files: {
        'subject.ts': `export function readSubject(raw: string): string | undefined {
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') return undefined;
    const m = /^subject:(.*)$/i.exec(line);
    if (m) return m[1].trim();
  }
  return undefined;
}`,
      },
    },
    {
      name: 'searches the whole message, body included',
      files: {
        'subject.ts': `export function readSubject(raw: string): string | undefined {
  const m = /^subject:(.*(?:\\r?\\n[ \\t].*)*)/im.exec(raw);
  return m ? m[1].replace(/\\r?\\n/g, '').trim() : undefined;
}`,
      },
    },
    {
      name: 'case-sensitive header name',
      files: {
        'subject.ts': `export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\\r?\\n/);
  for (let i = 0; i < lines.length && lines[i] !== ''; i++) {
    if (!lines[i].startsWith('Subject:')) continue;
    let value = lines[i].slice(8);
    while (i + 1 < lines.length && /^[ \\t]/.test(lines[i + 1])) value += lines[++i];
    return value.trim();
  }
  return undefined;
}`,
      },
    },
  ],
};

interface FileResult {
  passed: number;
  failed: number;
  failures: string[];
}

const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'exercise-checks-'));

/** Runs the exercise tests of `ids` under vitest; returns per-exercise counts. */
function runVitest(ids: string[], env: Record<string, string>, label: string): Promise<Map<string, FileResult>> {
  const output = join(scratch, `${label}.json`);
  const filters = ids.map((id) => `exercises/${id}/`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vitestBin, 'run', '--config', 'exercises/vitest.config.ts', '--reporter=json', `--outputFile=${output}`, ...filters],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const report = JSON.parse(readFileSync(output, 'utf8')) as {
          testResults: { name: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[];
        };
        const results = new Map<string, FileResult>();
        for (const file of report.testResults) {
          const id = dirname(relative(join(root, 'exercises'), file.name)).split('\\').join('/');
          const result = results.get(id) ?? { passed: 0, failed: 0, failures: [] };
          // A test file that cannot even load (syntax error, missing export) counts as a failure.
          if (file.assertionResults.length === 0 && file.message) {
            result.failed++;
            result.failures.push(file.message);
          }
          for (const test of file.assertionResults) {
            if (test.status === 'passed') result.passed++;
            else if (test.status === 'failed') {
              result.failed++;
              result.failures.push(`${test.fullName}: ${test.failureMessages[0]?.split('\n')[0]}`);
            }
          }
          results.set(id, result);
        }
        resolve(results);
      } catch (error) {
        reject(new Error(`vitest (${label}) gave no report: ${(error as Error).message}\n${stderr}`));
      }
    });
  });
}

/** A folder with the solution's files, some replaced by a wrong answer. */
function wrongAnswerFolder(exercise: LoadedExercise, index: number): string {
  const dir = join(scratch, exercise.id, String(index));
  const files = { ...exercise.solutionFiles, ...wrongAnswers[exercise.id][index].files };
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  return dir;
}

const ids = exercises.map((exercise) => exercise.id);
let solutionResults: Map<string, FileResult>;
let problemResults: Map<string, FileResult>;
/** wrongResults[k] holds the k-th wrong answer of every exercise that has one (one vitest run per k). */
let wrongResults: Map<string, FileResult>[];

beforeAll(async () => {
  const rounds = Math.max(0, ...Object.values(wrongAnswers).map((cases) => cases.length));
  const wrongRuns = Array.from({ length: rounds }, (_, k) => {
    const inRound = exercises.filter((exercise) => (wrongAnswers[exercise.id]?.length ?? 0) > k);
    const sources = Object.fromEntries(inRound.map((exercise) => [exercise.id, wrongAnswerFolder(exercise, k)]));
    return runVitest(inRound.map((exercise) => exercise.id), { EXERCISE_TARGET: 'solution', EXERCISE_SOURCES: JSON.stringify(sources) }, `wrong-${k}`);
  });
  [solutionResults, problemResults, ...wrongResults] = await Promise.all([
    runVitest(ids, { EXERCISE_TARGET: 'solution' }, 'solution'),
    runVitest(ids, { EXERCISE_TARGET: 'problem' }, 'problem'),
    ...wrongRuns,
  ]);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('finds the exercises, all valid (loading them throws on any malformed one)', () => {
  expect(ids.length).toBeGreaterThan(0);
});

it('has wrong answers only for exercises that exist', () => {
  expect(Object.keys(wrongAnswers).filter((id) => !ids.includes(id))).toEqual([]);
});

describe.each(ids)('%s', (id) => {
  it('solution passes every test', () => {
    const result = solutionResults.get(id);
    expect(result?.passed, 'number of passing tests').toBeGreaterThan(0);
    expect(result?.failures, 'failing tests').toEqual([]);
  });

  it('starter fails at least one test', () => {
    expect(problemResults.get(id)?.failed, 'failing tests against problem/').toBeGreaterThan(0);
  });

  it.each((wrongAnswers[id] ?? []).map((answer, index) => ({ name: answer.name, index })))('rejects a wrong answer: $name', ({ index }) => {
    expect(wrongResults[index].get(id)?.failed, 'failing tests against this wrong answer').toBeGreaterThan(0);
  });
});
