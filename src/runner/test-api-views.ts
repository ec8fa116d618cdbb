/**
 * How modules of a run see the `vitest` module. Learner code runs in the same realm as the
 * tests that check it, so no module may change what another module imports: the test files
 * share one frozen view, and every other module (the learner's, the project's) gets a frozen
 * view of its own, in which declaring tests or hooks is an error (a `.only` there would skip the
 * real tests) and nothing that changes every assertion of the run (`expect.extend`) exists.
 */

/** The names that declare tests, suites or hooks. */
const DECLARING = ['describe', 'suite', 'it', 'test', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach', 'onTestFinished', 'onTestFailed'];
/** `expect` members that change how every assertion of the run behaves. */
const RUN_WIDE = ['extend', 'addEqualityTesters', 'setState'];

/** The test files' view: the whole API, frozen. */
export function testFileView(api: Record<string, unknown>): Readonly<Record<string, unknown>> {
  return Object.freeze({ ...api });
}

/** A function that behaves as `original` and carries copies of its members (less `omit`), frozen. */
function frozenCopy(original: (...args: unknown[]) => unknown, omit: string[] = []): unknown {
  const copy = (...args: unknown[]) => original(...args);
  for (const key of Object.keys(original)) if (!omit.includes(key)) Object.defineProperty(copy, key, { value: (original as unknown as Record<string, unknown>)[key], enumerable: true });
  return Object.freeze(copy);
}

/** `it`, `describe`… in a module that is not a test file: any use, with any modifier, throws. */
function refusingDeclarations(file: string, testFiles: string[]): unknown {
  const refuse = () => {
    throw new Error(`${file} declares tests or hooks (it, describe, beforeEach…), but tests belong in the exercise's test files (${testFiles.join(', ')}). Remove them from ${file}.`);
  };
  const declare: object = new Proxy(refuse, { get: () => declare, apply: refuse });
  return declare;
}

/** The view of a module that is not a test file. */
export function learnerModuleView(api: Record<string, unknown>, file: string, testFiles: string[]): Readonly<Record<string, unknown>> {
  const view: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(api)) {
    if (DECLARING.includes(name)) view[name] = refusingDeclarations(file, testFiles);
    else if (name === 'expect') view[name] = frozenCopy(member as (...args: unknown[]) => unknown, RUN_WIDE);
    else if (typeof member === 'function') view[name] = frozenCopy(member as (...args: unknown[]) => unknown);
    else if (typeof member === 'object' && member !== null) view[name] = Object.freeze({ ...member });
    else view[name] = member;
  }
  return Object.freeze(view);
}
