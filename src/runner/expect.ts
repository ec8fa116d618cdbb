/**
 * `expect`, assembled from `@vitest/expect` exactly as vitest assembles it (same chai plugins,
 * same state and `assertions`/`hasAssertions` bookkeeping), so every matcher passes, fails and
 * words its message as it does under vitest.
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  addCustomEqualityTesters,
  chai,
  customMatchers,
  getState,
  setState,
  type ExpectStatic,
} from '@vitest/expect';

// chai ignores a plugin it already uses, so this is safe next to vitest itself (in Node tests).
chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

/**
 * What `@vitest/expect` expects of a running test: it parks un-awaited `resolves`/`rejects`
 * promises and `expect.soft` failures on it.
 */
export interface ExpectTestContext {
  promises?: Promise<unknown>[];
  onFinished?: (() => void)[];
  result?: { state: string; errors?: unknown[] };
}

interface ExpectState {
  assertionCalls: number;
  isExpectingAssertions: boolean;
  isExpectingAssertionsError: Error | null;
  expectedAssertionsNumber: number | null;
  expectedAssertionsNumberErrorGen: (() => Error) | null;
}

export interface RunExpect {
  expect: ExpectStatic;
  /** Resets the per-test counters, as vitest does before each test. */
  startTest(name: string | undefined): void;
  /** The error `expect.assertions(n)` / `expect.hasAssertions()` call for, if the test broke its promise. */
  assertionCountError(): Error | undefined;
}

/** An `expect` that attaches each assertion to `currentTest()`. */
export function createExpect(currentTest: () => ExpectTestContext | undefined): RunExpect {
  const expect = ((value: unknown, message?: string) => {
    const { assertionCalls } = getState(expect);
    setState({ assertionCalls: assertionCalls + 1 }, expect);
    const assertion = chai.expect(value, message) as unknown as { withTest(test: ExpectTestContext): unknown };
    const test = currentTest();
    return test ? assertion.withTest(test) : assertion;
  }) as unknown as ExpectStatic;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => getState(expect);
  expect.setState = (state) => setState(state, expect);
  expect.assert = chai.assert;
  // JestExtend adds `extend(expect, matchers)` to chai's expect.
  expect.extend = (matchers) => (chai.expect as unknown as { extend(target: ExpectStatic, matchers: unknown): void }).extend(expect, matchers);
  expect.addEqualityTesters = (testers) => addCustomEqualityTesters(testers);
  expect.soft = ((value: unknown, message?: string) =>
    (expect(value, message) as unknown as { withContext(context: object): unknown }).withContext({ soft: true })) as ExpectStatic['soft'];
  expect.unreachable = (message?: string) => {
    chai.assert.fail(`expected${message ? ` "${message}" ` : ' '}not to be reached`);
  };
  function assertions(expected: number) {
    const errorGen = () => new Error(`expected number of assertions to be ${expected}, but got ${expect.getState().assertionCalls}`);
    expect.setState({ expectedAssertionsNumber: expected, expectedAssertionsNumberErrorGen: errorGen });
  }
  function hasAssertions() {
    expect.setState({ isExpectingAssertions: true, isExpectingAssertionsError: new Error('expected any number of assertion, but got none') });
  }
  chai.util.addMethod(expect, 'assertions', assertions);
  chai.util.addMethod(expect, 'hasAssertions', hasAssertions);
  expect.extend(customMatchers);

  const startTest = (name: string | undefined) =>
    setState(
      {
        assertionCalls: 0,
        isExpectingAssertions: false,
        isExpectingAssertionsError: null,
        expectedAssertionsNumber: null,
        expectedAssertionsNumberErrorGen: null,
        currentTestName: name,
      },
      expect,
    );
  // As vitest does: `expect` works outside a test too (at the top of a module).
  startTest(undefined);

  return {
    expect,
    startTest,
    assertionCountError() {
      const state = getState(expect) as unknown as ExpectState;
      if (state.expectedAssertionsNumber !== null && state.assertionCalls !== state.expectedAssertionsNumber) {
        return state.expectedAssertionsNumberErrorGen?.();
      }
      if (state.isExpectingAssertions && state.assertionCalls === 0) return state.isExpectingAssertionsError ?? undefined;
      return undefined;
    },
  };
}
