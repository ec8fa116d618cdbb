/**
 * The `vitest` module as exercise code sees it, for one test file, on `@vitest/runner` (the
 * runner vitest itself uses, in Node and in its browser mode): `describe`/`it`/`test` with their
 * modifiers, hooks, `expect` (see `expect.ts`), `vi.fn`/`vi.spyOn`; collection and execution
 * are vitest's own. Its state is per realm, and the sandbox gives every run a realm of its own.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  getCurrentTest,
  getFn,
  it,
  onTestFailed,
  onTestFinished,
  startTests,
  type File,
  type Suite,
  type Test,
  type VitestRunner,
  type VitestRunnerConfig,
} from '@vitest/runner';
import { chai } from '@vitest/expect';
import { clearAllMocks, fn, resetAllMocks, restoreAllMocks, spyOn } from '@vitest/spy';
import { createExpect } from './expect';

/** What running one test (or a failing hook or suite, reported like a test) produced. */
export interface TestResult {
  path: string[];
  name: string;
  status: 'pass' | 'fail' | 'skip';
  durationMs: number;
  error?: unknown;
}

export interface TestSession {
  /** The exports of `vitest` for the test file. */
  module: Record<string, unknown>;
  /**
   * Collects the tests `importFile` declares and runs them, reporting each as it completes.
   * Resolves with what the file threw while it was imported, if it did (then no test ran).
   */
  run(importFile: () => Promise<void>, report: (result: TestResult) => void): Promise<{ importError?: unknown }>;
}

// vitest's defaults for what the runner reads of its configuration.
const CONFIG: VitestRunnerConfig = {
  root: '/',
  setupFiles: [],
  name: undefined,
  passWithNoTests: true,
  testNamePattern: undefined,
  allowOnly: true,
  sequence: { shuffle: false, concurrent: false, seed: 0, hooks: 'stack', setupFiles: 'list' },
  chaiConfig: undefined,
  maxConcurrency: 5,
  testTimeout: 5_000,
  hookTimeout: 10_000,
  retry: 0,
  includeTaskLocation: false,
  tags: [],
  tagsFilter: undefined,
  strictTags: false,
};

/** The describe names from the file down to `task` (a suite includes its own name). */
function pathOf(task: Test | Suite): string[] {
  const path: string[] = [];
  for (let suite: Suite | undefined = task.type === 'test' ? task.suite : task; suite && suite !== task.file; suite = suite.suite) path.unshift(suite.name);
  return path;
}

export function createTestSession(): TestSession {
  const { expect, startTest, assertionCountError } = createExpect(() => getCurrentTest());
  const vi = { fn, spyOn, restoreAllMocks, clearAllMocks, resetAllMocks };
  const module = {
    describe,
    suite: describe,
    it,
    test: it,
    expect,
    assert: chai.assert,
    beforeAll,
    afterAll,
    beforeEach,
    afterEach,
    onTestFinished,
    onTestFailed,
    vi,
    vitest: vi,
  };

  return {
    module,
    async run(importFile, report) {
      let importError: unknown;
      let imported = false;
      // What a test threw, as thrown: the runner keeps only a serialized copy, and the learner's message needs the value.
      const thrown = new WeakMap<Test, unknown>();
      const reported = new WeakSet<Test>();
      const reportTest = (test: Test, result: Omit<TestResult, 'path' | 'name'>) => {
        reported.add(test);
        report({ path: pathOf(test), name: test.name, ...result });
      };
      // The runner marks some tests skipped without running them (in a skipped or failed suite).
      const reportUnreported = (suite: Suite) => {
        for (const task of suite.tasks) {
          if (task.type === 'test' && !reported.has(task)) reportTest(task, { status: 'skip', durationMs: 0 });
          else if (task.type === 'suite') reportUnreported(task);
        }
      };
      // A suite whose body or hook threw: reported like a test, so the learner sees why.
      const reportSuiteError = (suite: Suite) => {
        const error = suite.result?.errors?.[0];
        if (suite.result?.state !== 'fail' || error === undefined) return;
        const isFile = suite === suite.file;
        report({ path: isFile ? [] : pathOf(suite).slice(0, -1), name: isFile ? 'beforeAll / afterAll' : suite.name, status: 'fail', durationMs: 0, error });
      };
      const runner: VitestRunner = {
        config: CONFIG,
        async importFile() {
          try {
            await importFile();
            imported = true;
          } catch (error) {
            importError = error;
            throw error;
          }
        },
        extendTaskContext: (context) => Object.assign(context, { expect }),
        onBeforeRunSuite(suite) {
          if (suite.result?.state === 'fail' && suite !== suite.file) reportSuiteError(suite); // its body threw while it was collected
          if (suite.result?.state === 'fail' || suite.mode === 'skip' || suite.mode === 'todo') reportUnreported(suite);
        },
        onBeforeRunTask(test) {
          if (test.mode !== 'run' && test.mode !== 'queued') reportTest(test, { status: 'skip', durationMs: 0 });
        },
        onBeforeTryTask: (test) => startTest([...pathOf(test), test.name].join(' > ')),
        async runTask(test) {
          try {
            await getFn(test)();
          } catch (error) {
            if (!thrown.has(test)) thrown.set(test, error);
            throw error;
          }
        },
        onAfterTryTask() {
          const error = assertionCountError();
          if (error) throw error;
        },
        onAfterRunTask(test) {
          const state = test.result?.state;
          const status = state === 'pass' ? 'pass' : state === 'fail' ? 'fail' : 'skip';
          const error = status !== 'fail' ? undefined : thrown.has(test) ? thrown.get(test) : test.result?.errors?.[0];
          reportTest(test, { status, durationMs: test.result?.duration ?? 0, ...(status === 'fail' && { error }) });
        },
        onAfterRunSuite(suite) {
          if (imported) reportSuiteError(suite);
          reportUnreported(suite);
        },
      };
      const [file] = (await startTests(['exercise'], runner)) as File[];
      if (!imported && importError === undefined) importError = file?.result?.errors?.[0];
      return importError === undefined ? {} : { importError };
    },
  };
}
