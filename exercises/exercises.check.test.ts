/**
 * Every exercise, checked the way CI sees it: its metadata is valid, its solution passes every
 * test under real vitest, its starter fails at least one, and plausible wrong answers fail too
 * ("tests of the tests": an exercise whose tests pass a constant is not teaching anything).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type LoadedExercise } from '../src/plugins/exercises/load-exercises';
import type { WrongAnswer } from './wrong-answer';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));

/**
 * Wrong answers each exercise's tests must reject, from the exercise's own `wrong-answers.ts`
 * (a default export: `{ name, files: { 'x.ts': code } }[]`), so each exercise keeps its tests of
 * the tests beside it.
 */
const wrongAnswers: Record<string, WrongAnswer[]> = Object.fromEntries(
  await Promise.all(
    exercises
      .filter((exercise) => existsSync(join(root, 'exercises', exercise.id, 'wrong-answers.ts')))
      .map(async (exercise) => {
        const module = (await import(join(root, 'exercises', exercise.id, 'wrong-answers.ts'))) as { default: WrongAnswer[] };
        return [exercise.id, module.default] as const;
      }),
  ),
);

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

// One vitest run at a time: each already spreads its files over every core, and runs side by side
// only fight for them (on 2 cores, a dozen at once took longer than one after another).
beforeAll(async () => {
  solutionResults = await runVitest(ids, { EXERCISE_TARGET: 'solution' }, 'solution');
  problemResults = await runVitest(ids, { EXERCISE_TARGET: 'problem' }, 'problem');
  const rounds = Math.max(0, ...Object.values(wrongAnswers).map((cases) => cases.length));
  wrongResults = [];
  for (let k = 0; k < rounds; k++) {
    const inRound = exercises.filter((exercise) => (wrongAnswers[exercise.id]?.length ?? 0) > k);
    const sources = Object.fromEntries(inRound.map((exercise) => [exercise.id, wrongAnswerFolder(exercise, k)]));
    wrongResults.push(await runVitest(inRound.map((exercise) => exercise.id), { EXERCISE_TARGET: 'solution', EXERCISE_SOURCES: JSON.stringify(sources) }, `wrong-${k}`));
  }
}, 30 * 60_000);

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
