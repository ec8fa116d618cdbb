/**
 * The `vitest` module as exercise code sees it, for one test file: `describe`/`it`/`test` with
 * their modifiers, hooks, `expect`, `vi.fn`/`vi.spyOn`; then collection and execution with
 * vitest's semantics (suite bodies collected after the file runs, `.only` scoped to the file,
 * hooks in stack order, per-test timeouts, un-awaited `resolves`/`rejects` awaited at the end).
 */
import { clearAllMocks, fn, resetAllMocks, restoreAllMocks, spyOn } from '@vitest/spy';
import { chai } from '@vitest/expect';
import { format, objDisplay } from '@vitest/utils/display';
import { createExpect, type ExpectTestContext } from './expect';

const TIMEOUTS = { test: 5_000, hook: 10_000 };

type Mode = 'run' | 'skip' | 'only' | 'todo';
type Callback = (...args: unknown[]) => unknown;

interface HookSet {
  beforeAll: { fn: Callback; timeout: number }[];
  afterAll: { fn: Callback; timeout: number }[];
  beforeEach: { fn: Callback; timeout: number }[];
  afterEach: { fn: Callback; timeout: number }[];
}

interface SuiteNode {
  kind: 'suite';
  name: string;
  mode: Mode;
  parent?: SuiteNode;
  factory?: Callback;
  children: (SuiteNode | TestNode)[];
  hooks: HookSet;
  collectError?: unknown;
}

interface TestNode {
  kind: 'test';
  name: string;
  mode: Mode;
  parent: SuiteNode;
  fn?: Callback;
  timeout: number;
  /** `it.fails`: passes only if the body throws. */
  fails: boolean;
}

/** What running one test (or a failing hook or suite, reported like a test) produced. */
export interface TestResult {
  path: string[];
  name: string;
  status: 'pass' | 'fail' | 'skip';
  durationMs: number;
  error?: unknown;
}

interface RunningTest extends ExpectTestContext {
  finished: Callback[];
  failed: Callback[];
}

class SkipSignal extends Error {}

interface Flags {
  mode: Mode;
  fails: boolean;
}

type Options = { timeout?: number; skip?: boolean; only?: boolean; todo?: boolean; fails?: boolean };

/** `it(name, fn, timeout)`, `it(name, options, fn)` and `it(name, fn, options)` all exist. */
function readArguments(second: unknown, third: unknown): { body?: Callback; options: Options } {
  if (typeof second === 'function') {
    return { body: second as Callback, options: typeof third === 'number' ? { timeout: third } : ((third as Options) ?? {}) };
  }
  return { body: third as Callback | undefined, options: (second as Options) ?? {} };
}

function modeOf(flags: Flags, options: Options, body: unknown): Mode {
  if (options.skip) return 'skip';
  if (options.todo || body === undefined) return 'todo';
  if (options.only) return 'only';
  return flags.mode;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** vitest's `.each` titles: `%#`/`%$` (index), printf placeholders, and `$key` for objects. */
function formatTitle(template: string, items: unknown[], index: number): string {
  let title = template.replace(/%#/g, String(index)).replace(/%\$/g, String(index + 1));
  if (isPlainObject(items[0])) {
    const object = items[0];
    title = title.replace(/\$([$\w.]+)/g, (_, key: string) => objDisplay(key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)?.[part], object)));
  }
  const placeholders = (title.match(/%[sdifjoOc]/g) ?? []).length;
  return placeholders > 0 ? format(title, ...items.slice(0, placeholders)) : title;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function newSuite(name: string, mode: Mode, parent?: SuiteNode, factory?: Callback): SuiteNode {
  return { kind: 'suite', name, mode, parent, factory, children: [], hooks: { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] } };
}

/** The describe names from the file down to `node` (a suite includes its own name). */
function pathOf(node: SuiteNode | TestNode): string[] {
  const path: string[] = [];
  for (let suite: SuiteNode | undefined = node.kind === 'test' ? node.parent : node; suite?.parent; suite = suite.parent) path.unshift(suite.name);
  return path;
}

function hasOnly(suite: SuiteNode): boolean {
  return suite.children.some((child) => child.mode === 'only' || (child.kind === 'suite' && hasOnly(child)));
}

/** vitest's `interpretTaskModes`: with an `.only` anywhere in the file, everything else is skipped. */
function applyOnly(suite: SuiteNode, onlyMode: boolean, parentIsOnly: boolean): void {
  const suiteIsOnly = parentIsOnly || suite.mode === 'only';
  for (const child of suite.children) {
    const included = suiteIsOnly || child.mode === 'only';
    if (onlyMode) {
      if (child.kind === 'suite' && (included || hasOnly(child))) {
        if (child.mode === 'only') child.mode = 'run';
      } else if (child.mode === 'run' && !included) child.mode = 'skip';
      else if (child.mode === 'only') child.mode = 'run';
    }
    if (child.kind === 'suite' && child.mode === 'run') applyOnly(child, onlyMode, included);
  }
}

export interface TestSession {
  /** The exports of `vitest` for the test file. */
  module: Record<string, unknown>;
  /** Runs the suite bodies the file registered (after the file itself ran). */
  collect(): Promise<void>;
  /** Runs every collected test, reporting each as it completes. */
  run(report: (result: TestResult) => void): Promise<void>;
}

export function createTestSession(): TestSession {
  const root = newSuite('', 'run');
  let collecting = root;
  let running: RunningTest | undefined;
  const { expect, startTest, assertionCountError } = createExpect(() => running);

  const makeTest = (flags: Flags): Callback => {
    const register = (name: unknown, second?: unknown, third?: unknown) => {
      const { body, options } = readArguments(second, third);
      collecting.children.push({
        kind: 'test',
        name: String(name),
        mode: modeOf(flags, options, body),
        parent: collecting,
        fn: body,
        timeout: options.timeout ?? TIMEOUTS.test,
        fails: flags.fails || options.fails === true,
      });
    };
    return chainable(register, flags, makeTest);
  };

  const makeDescribe = (flags: Flags): Callback => {
    const register = (name: unknown, second?: unknown, third?: unknown) => {
      const { body, options } = readArguments(second, third);
      collecting.children.push(newSuite(String(name), modeOf(flags, options, body), collecting, body));
    };
    return chainable(register, flags, makeDescribe);
  };

  const hook =
    (kind: keyof HookSet) =>
    (callback: Callback, timeout = TIMEOUTS.hook) => {
      collecting.hooks[kind].push({ fn: callback, timeout });
    };

  const test = makeTest({ mode: 'run', fails: false });
  const describe = makeDescribe({ mode: 'run', fails: false });
  const vi = { fn, spyOn, restoreAllMocks, clearAllMocks, resetAllMocks };
  const module = {
    describe,
    suite: describe,
    it: test,
    test,
    expect,
    assert: chai.assert,
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
    onTestFinished: (callback: Callback) => running?.finished.push(callback),
    onTestFailed: (callback: Callback) => running?.failed.push(callback),
    vi,
    vitest: vi,
  };

  async function collectSuite(suite: SuiteNode): Promise<void> {
    for (const child of suite.children) {
      if (child.kind !== 'suite' || !child.factory) continue;
      collecting = child;
      try {
        await child.factory();
      } catch (error) {
        child.collectError = error;
      }
      collecting = root;
      await collectSuite(child);
    }
  }

  async function runHooks(hooks: { fn: Callback; timeout: number }[], name: string, args: unknown[] = []): Promise<Callback[]> {
    const cleanups: Callback[] = [];
    for (const { fn: hookFn, timeout } of hooks) {
      const cleanup = await withTimeout(Promise.resolve(hookFn(...args)), timeout, `Hook timed out in ${timeout}ms: ${name} did not finish.`);
      if (typeof cleanup === 'function') cleanups.push(cleanup as Callback);
    }
    return cleanups;
  }

  function ancestors(test: TestNode): SuiteNode[] {
    const chain: SuiteNode[] = [];
    for (let suite: SuiteNode | undefined = test.parent; suite; suite = suite.parent) chain.unshift(suite);
    return chain;
  }

  async function runTest(test: TestNode, report: (result: TestResult) => void): Promise<void> {
    const path = pathOf(test);
    if (test.mode !== 'run') {
      report({ path, name: test.name, status: 'skip', durationMs: 0 });
      return;
    }
    const started = performance.now();
    const current: RunningTest = { promises: [], onFinished: [], result: { state: 'run' }, finished: [], failed: [] };
    running = current;
    startTest([...path, test.name].join(' > '));
    const context = {
      expect,
      task: { name: test.name },
      skip: () => {
        throw new SkipSignal();
      },
      onTestFinished: (callback: Callback) => current.finished.push(callback),
      onTestFailed: (callback: Callback) => current.failed.push(callback),
    };
    const suites = ancestors(test);
    let error: unknown;
    let threw = false;
    let skipped = false;
    const cleanups: Callback[] = [];
    const fail = (thrown: unknown) => {
      if (thrown instanceof SkipSignal) skipped = true;
      else if (!threw) {
        threw = true;
        error = thrown;
      }
    };
    try {
      for (const suite of suites) cleanups.unshift(...(await runHooks(suite.hooks.beforeEach, 'beforeEach', [context])));
      const message = `Test timed out in ${test.timeout}ms. If it waits for a promise, make sure that promise settles (or pass a longer timeout as the third argument of it()).`;
      await withTimeout(Promise.resolve(test.fn!(context)), test.timeout, message);
      await Promise.all(current.promises ?? []);
      const countError = assertionCountError();
      if (countError) throw countError;
    } catch (thrown) {
      fail(thrown);
    }
    const softErrors = current.result?.errors ?? [];
    if (!threw && softErrors.length > 0) fail(softErrors[0]);
    for (const suite of [...suites].reverse()) {
      try {
        await runHooks([...suite.hooks.afterEach].reverse(), 'afterEach', [context]);
      } catch (thrown) {
        fail(thrown);
      }
    }
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (thrown) {
        fail(thrown);
      }
    }
    for (const callback of current.onFinished ?? []) callback();
    for (const callback of [...current.finished, ...(threw ? current.failed : [])]) {
      try {
        await callback(context);
      } catch (thrown) {
        fail(thrown);
      }
    }
    running = undefined;
    const durationMs = performance.now() - started;
    if (skipped && !threw) {
      report({ path, name: test.name, status: 'skip', durationMs });
    } else if (test.fails) {
      report(
        threw
          ? { path, name: test.name, status: 'pass', durationMs }
          : { path, name: test.name, status: 'fail', durationMs, error: new Error('Expected the test to fail (it.fails), but it passed.') },
      );
    } else {
      report({ path, name: test.name, status: threw ? 'fail' : 'pass', durationMs, error });
    }
  }

  function reportSkipped(suite: SuiteNode, report: (result: TestResult) => void): void {
    for (const child of suite.children) {
      if (child.kind === 'test') report({ path: pathOf(child), name: child.name, status: 'skip', durationMs: 0 });
      else reportSkipped(child, report);
    }
  }

  async function runSuite(suite: SuiteNode, report: (result: TestResult) => void): Promise<void> {
    if (suite.collectError !== undefined) {
      report({ path: pathOf(suite).slice(0, -1), name: suite.name, status: 'fail', durationMs: 0, error: suite.collectError });
      return;
    }
    const runnable = (node: SuiteNode | TestNode): boolean => node.mode === 'run' && (node.kind === 'test' || node.children.some(runnable));
    if (!runnable(suite)) {
      reportSkipped(suite, report);
      return;
    }
    const path = pathOf(suite);
    let afterAllCleanups: Callback[] = [];
    try {
      afterAllCleanups = await runHooks(suite.hooks.beforeAll, 'beforeAll');
    } catch (error) {
      report({ path, name: 'beforeAll', status: 'fail', durationMs: 0, error });
      reportSkipped(suite, report);
      return;
    }
    for (const child of suite.children) {
      if (child.kind === 'test') await runTest(child, report);
      else await runSuite(child, report);
    }
    try {
      await runHooks([...suite.hooks.afterAll].reverse(), 'afterAll');
      for (const cleanup of afterAllCleanups.reverse()) await cleanup();
    } catch (error) {
      report({ path, name: 'afterAll', status: 'fail', durationMs: 0, error });
    }
  }

  return {
    module,
    collect: () => collectSuite(root),
    async run(report) {
      applyOnly(root, hasOnly(root), false);
      await runSuite(root, report);
    },
  };
}

/**
 * Adds vitest's modifiers to a `describe` or `it`: `.skip`, `.only`, `.todo`, `.fails`,
 * `.concurrent`/`.sequential` (run in order here), `.skipIf`, `.runIf` and `.each`, chainable.
 */
function chainable(register: Callback, flags: Flags, make: (flags: Flags) => Callback): Callback {
  const each =
    (cases: unknown[]) =>
    (name: unknown, second?: unknown, third?: unknown) => {
      const { body, options } = readArguments(second, third);
      cases.forEach((item, index) => {
        const items = Array.isArray(item) ? item : [item];
        const title = formatTitle(String(name), items, index);
        register(title, options, body && (() => body(...items)));
      });
    };
  const modifier = (change: Partial<Flags>) => ({ get: () => make({ ...flags, ...change }) });
  return Object.defineProperties(register, {
    skip: modifier({ mode: 'skip' }),
    only: modifier({ mode: 'only' }),
    todo: modifier({ mode: 'todo' }),
    fails: modifier({ fails: true }),
    concurrent: modifier({}),
    sequential: modifier({}),
    skipIf: { value: (condition: unknown) => make(condition ? { ...flags, mode: 'skip' } : flags) },
    runIf: { value: (condition: unknown) => make(condition ? flags : { ...flags, mode: 'skip' }) },
    each: { value: each },
  });
}
