/**
 * Turns whatever a test threw into a `TestFailure` a learner can read: the assertion's message,
 * expected and received values pretty-printed as vitest prints them, a diff when the values are
 * worth diffing, and where in the learner's files it happened.
 */
import { processError } from '@vitest/utils/error';
import type { SourcePosition } from './compile';
import type { TestFailure } from './protocol';

/** Finds, in an error's stack, the learner's line the error comes from. */
export type Locate = (stack: string) => SourcePosition | undefined;

const noColor = (text: string) => text;
const DIFF_OPTIONS = {
  aColor: noColor,
  bColor: noColor,
  changeColor: noColor,
  commonColor: noColor,
  patchColor: noColor,
};
// Colours are off in the browser; in a Node terminal some helpers colour anyway.
const ANSI = /\u001b\[[0-9;]*m/g;
const MAX_TEXT = 10_000;

function clean(text: string): string {
  const plain = text.replace(ANSI, '');
  return plain.length > MAX_TEXT ? `${plain.slice(0, MAX_TEXT)}…` : plain;
}

/** Objects and long or multi-line strings deserve a line diff; `3` vs `2` does not. */
function worthDiffing(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 40 || value.includes('\n');
  return typeof value === 'object' && value !== null;
}

/** What a thrown non-Error looks like, in words. */
function describeThrownValue(value: unknown): string {
  if (value === null) return 'Your code threw `null` instead of an Error. Throw `new Error("…")` so the message says what went wrong.';
  if (value === undefined) return 'Your code threw `undefined` instead of an Error. Throw `new Error("…")` so the message says what went wrong.';
  if (typeof value === 'string') return `Your code threw the string "${value}" instead of an Error. Throw \`new Error(${JSON.stringify(value)})\` to get a location too.`;
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return `Your code threw ${shown} (a ${typeof value}, not an Error). Throw \`new Error("…")\` so the message says what went wrong.`;
}

/**
 * Chai's wording ("expected +0 to be 1 // Object.is equality") is for library authors. When the
 * test gave its own message (`expect(x, 'why').toBe(y)`, which chai prefixes as `why: expected …`)
 * and the values are shown beside it, the learner needs only the test's sentence.
 */
function learnerMessage(message: string, valuesShown: boolean): string {
  const plain = message.replace(/ \/\/ Object\.is equality$/, '').replace(/([\s(])\+0\b/g, (_, before: string) => `${before}0`);
  if (!valuesShown) return plain;
  const custom = /^([\s\S]+?): expected /.exec(plain);
  return custom && !custom[1].includes('expected') ? custom[1] : plain;
}

export function describeFailure(thrown: unknown, locate: Locate): TestFailure {
  if (!(thrown instanceof Error) && !(typeof thrown === 'object' && thrown !== null && 'message' in thrown && 'stack' in thrown)) {
    return { message: clean(describeThrownValue(thrown)) };
  }
  const error = thrown as Error & { actual?: unknown; expected?: unknown; showDiff?: boolean };
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const location = locate(stack);
  const diffable = error.showDiff !== false && 'actual' in error && 'expected' in error;
  const rawActual = error.actual;
  const rawExpected = error.expected;
  const processed = processError(error, DIFF_OPTIONS) as { message?: string; name?: string; diff?: string; actual?: unknown; expected?: unknown };
  const name = processed.name && processed.name !== 'AssertionError' && processed.name !== 'Error' ? `${processed.name}: ` : '';
  const valuesShown = diffable && typeof processed.expected === 'string' && typeof processed.actual === 'string';
  const failure: TestFailure = { message: clean(`${name}${learnerMessage(processed.message ?? String(error), valuesShown)}`) };
  if (diffable) {
    if (typeof processed.expected === 'string') failure.expected = clean(processed.expected);
    if (typeof processed.actual === 'string') failure.actual = clean(processed.actual);
    if (processed.diff && (worthDiffing(rawActual) || worthDiffing(rawExpected))) failure.diff = clean(processed.diff);
  }
  if (location) failure.location = location;
  return failure;
}

/** A one-line version for outcomes that have only a message. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return describeThrownValue(thrown);
}
