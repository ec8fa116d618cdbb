/**
 * The same test files must pass and fail identically under real vitest and under the runner:
 * runs the fixtures with vitest (as a child process) and with the runner's core, and compares
 * every test's outcome. Also checks what the runner adds: learner-facing messages and locations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type LoadedExercise } from '../plugins/exercises/load-exercises';
import type { RunEvent, RunOutcome } from './protocol';
import { loadBundlesInProcess } from './libraries-in-process';
import { gatherProjectSources, reachableProjectSources } from './project-sources';
import { runTests } from './run-tests';

const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
const FIXTURES = ['semantics.fixture.ts', 'only.fixture.ts', 'word-counts.fixture.ts'];

/** The fixtures' files as a run request has them, and their toy project as `project/src/*`. */
function fixtureSources() {
  const files: Record<string, string> = {};
  for (const name of readdirSync(fixturesDir)) if (name.endsWith('.ts') && name !== 'vitest.config.ts') files[name] = readFileSync(join(fixturesDir, name), 'utf8');
  const projectSources: Record<string, string> = {};
  for (const name of readdirSync(join(fixturesDir, 'project'))) projectSources[`project/src/${name}`] = readFileSync(join(fixturesDir, 'project', name), 'utf8');
  return { files, projectSources };
}

type Status = 'pass' | 'fail' | 'skip';

interface VitestJsonReport {
  testResults: { name: string; assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
}

function vitestOutcomes(): Map<string, Status> {
  const outputFile = join(mkdtempSync(join(tmpdir(), 'runner-parity-')), 'report.json');
  // `--allowOnly`: with CI=true vitest would otherwise fail `.only` tests, and the fixtures test `.only` on purpose.
  const args = ['vitest', 'run', '--allowOnly', '--config', join(fixturesDir, 'vitest.config.ts'), '--reporter=json', `--outputFile=${outputFile}`];
  try {
    execFileSync('npx', args, { stdio: 'pipe' });
  } catch {
    // vitest exits 1 because the fixtures contain failing tests on purpose.
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8')) as VitestJsonReport;
  const outcomes = new Map<string, Status>();
  for (const file of report.testResults) {
    const fileName = file.name.split('/').pop();
    for (const test of file.assertionResults) {
      const status: Status = test.status === 'passed' ? 'pass' : test.status === 'failed' ? 'fail' : 'skip';
      outcomes.set([fileName, ...test.ancestorTitles, test.title].join(' > '), status);
    }
  }
  return outcomes;
}

async function runnerOutcomes(testFiles: string[]) {
  const { files, projectSources } = fixtureSources();
  const events: RunEvent[] = [];
  const outcome = await runTests({ files, testFiles, projectSources }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event));
  const tests = events.filter((event) => event.type === 'test');
  const outcomes = new Map(tests.map((test) => [[test.file, ...test.path, test.name].join(' > '), test.status]));
  return { outcome, events, tests, outcomes };
}

describe('parity with vitest', () => {
  let expected: Map<string, Status>;
  beforeAll(() => {
    expected = vitestOutcomes();
  }, 60_000);

  it('gives every fixture test the outcome vitest gives it', async () => {
    const { outcomes, outcome } = await runnerOutcomes(FIXTURES);
    expect(expected.size).toBeGreaterThan(40);
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries(expected));
    expect(outcome).toMatchObject({ status: 'finished', consoleTruncated: false });
  });
});

describe('what the learner sees', () => {
  let run: Awaited<ReturnType<typeof runnerOutcomes>>;
  beforeAll(async () => {
    run = await runnerOutcomes(['semantics.fixture.ts']);
  });
  const failureOf = (name: string) => run.tests.find((test) => test.name === name)?.failure;

  it('shows expected, received and a diff for objects, located in the test file', () => {
    expect(failureOf('toEqual on objects fails')).toMatchObject({
      message: expect.stringContaining('to deeply equal'),
      expected: expect.stringContaining('"word": "a"'),
      actual: expect.stringContaining('"word": "b"'),
      diff: expect.stringContaining('- Expected'),
      location: { file: 'semantics.fixture.ts', line: 26 },
    });
  });

  it('keeps diffs out of simple comparisons and shows the test\'s own message instead of chai\'s', () => {
    const failure = failureOf('a custom message still fails');
    expect(failure).toMatchObject({ message: 'one is not two', expected: '2', actual: '1' });
    expect(failure?.diff).toBeUndefined();
  });

  it('explains thrown non-errors in words', () => {
    expect(failureOf('a string')?.message).toMatch(/threw the string "oops"/);
    expect(failureOf('an empty object')?.message).toMatch(/threw \{\}/);
    expect(failureOf('null')?.message).toMatch(/threw `null`/);
  });

  it('points at the exact line and column of an error in code', () => {
    expect(failureOf('a TypeError from code')).toMatchObject({
      message: expect.stringMatching(/^TypeError: Cannot read properties of undefined/),
      location: { file: 'semantics.fixture.ts', line: 91, column: 20 },
    });
  });

  it('says how a test timed out', () => {
    expect(failureOf('times out')?.message).toMatch(/^Test timed out in 100ms/);
  });
});

describe('outcomes that end a run early', () => {
  const run = (files: Record<string, string>, extra: { datasets?: Record<string, unknown>; moduleOverrides?: Record<string, string> } = {}) => {
    const events: RunEvent[] = [];
    const projectSources = { 'project/src/parse.ts': "export const parse = (s: string) => s.trim();\nexport { helper } from './helper';", 'project/src/helper.ts': 'export const helper = 1;' };
    return runTests({ files, testFiles: ['x.test.ts'], projectSources, ...extra }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event)).then(
      (outcome: RunOutcome) => ({ outcome, events }),
    );
  };

  it('reports a syntax error with its file and line', async () => {
    const { outcome } = await run({ 'x.test.ts': "import { it } from 'vitest';\nimport { add } from './add';\nit('a', () => add(1));", 'add.ts': 'export function add(a: number {\n  return a;\n}' });
    expect(outcome).toMatchObject({ status: 'error', reason: 'compile', location: { file: 'add.ts', line: 1 } });
    expect(outcome.status === 'error' && outcome.message).toMatch(/^add\.ts does not parse: Unexpected token/);
  });

  it('names an unknown import and lists what is allowed, where it is written', async () => {
    const { outcome } = await run({ 'x.test.ts': "import { it } from 'vitest';\nimport _ from 'lodash';\nit('a', () => _.noop());" });
    expect(outcome).toMatchObject({ status: 'error', reason: 'import', location: { file: 'x.test.ts', line: 2, column: 15 } });
    expect(outcome.status === 'error' && outcome.message).toMatch(/Cannot import "lodash".*vitest, postal-mime, @observablehq\/plot, zod, course:display/);
  });

  it('names a missing exercise file and a missing project module', async () => {
    const missingFile = await run({ 'x.test.ts': "import { f } from './nope';\nf();" });
    expect(missingFile.outcome.status === 'error' && missingFile.outcome.message).toMatch(/imports "\.\/nope", which is not a file of this exercise/);
    const missingModule = await run({ 'x.test.ts': "import { f } from '@project/nope';\nf();" });
    expect(missingModule.outcome.status === 'error' && missingModule.outcome.message).toMatch(/"@project\/nope" is not a module of the project\. Its modules are: helper, parse/);
  });

  it('resolves datasets, project modules, their relative imports and overrides', async () => {
    const files = {
      'x.test.ts': [
        "import { expect, it } from 'vitest';",
        "import sample, { rows } from 'dataset:sample';",
        "import { parse, helper } from '@project/parse';",
        "it('works', () => { expect(sample.rows).toBe(rows); expect(parse(' a ')).toBe('A'); expect(helper).toBe(1); });",
      ].join('\n'),
    };
    const { outcome } = await run(files, {
      datasets: { sample: { rows: [1, 2] } },
      moduleOverrides: { 'project/src/parse.ts': "export const parse = (s: string) => s.trim().toUpperCase();\nexport { helper } from './helper';" },
    });
    expect(outcome).toMatchObject({ status: 'finished', passed: 1, failed: 0 });
  });

  it('truncates a flood of console output', async () => {
    const { outcome, events } = await run({ 'x.test.ts': "import { it } from 'vitest';\nit('floods', () => { for (let i = 0; i < 100000; i++) console.log('line', i, { i }); });" });
    expect(outcome).toMatchObject({ status: 'finished', passed: 1, consoleTruncated: true });
    expect(events.filter((event) => event.type === 'console').length).toBeLessThanOrEqual(200);
  });

  it('fails the run on an error thrown before any test', async () => {
    const { outcome } = await run({ 'x.test.ts': "import { it } from 'vitest';\nthrow new Error('early');" });
    expect(outcome).toMatchObject({ status: 'error', reason: 'crash', location: { file: 'x.test.ts', line: 2 } });
  });
});

describe('the course exercises', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // What the page would hand in: the project sources the exercise's files reach (as the sandbox
  // build writes them for each exercise) and the datasets each exercise declares.
  const projectSources = gatherProjectSources(root);
  const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
  const datasetsOf = (names: string[]) =>
    Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(join(root, 'generated', 'public', 'data', `${name}.json`), 'utf8'))]));

  const runExercise = (exercise: LoadedExercise, files: Record<string, string>) =>
    runTests(
      {
        files: { ...files, ...exercise.testFiles },
        testFiles: Object.keys(exercise.testFiles),
        projectSources: reachableProjectSources(projectSources, [{ ...files, ...exercise.testFiles }]),
        datasets: datasetsOf(exercise.meta.datasets),
      },
      { loadBundles: loadBundlesInProcess },
      () => {},
    );

  it.each(exercises.map((exercise) => ({ id: exercise.id, exercise })))('$id: the solution passes every test and the starter fails one', async ({ exercise }) => {
    const solution = await runExercise(exercise, exercise.solutionFiles);
    expect(solution).toMatchObject({ status: 'finished', failed: 0 });
    const problem = await runExercise(exercise, exercise.problemFiles);
    expect(problem.status === 'error' || problem.failed > 0).toBe(true);
  });
});
