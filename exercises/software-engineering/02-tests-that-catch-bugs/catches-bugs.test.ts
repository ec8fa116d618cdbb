/**
 * Your tests, tested: each of your checks runs against the correct SpamFilter, where it must
 * pass, and against each version with a planted bug, where a check that fails has caught it.
 */
import { describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import { BUGGY, CORRECT, type Implementation } from './implementations';
import { checks } from './my-tests';
import type { Check } from './filter-under-test';


/** What a check said about an implementation: null if it passed, else why it failed. */
function failureOf(check: Check, implementation: Implementation): string | null {
  try {
    check.run(implementation.make);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

describe('your tests', () => {
  it('are at least two checks, each with a name of its own', () => {
    expect(checks.length, 'number of checks').toBeGreaterThanOrEqual(2);
    for (const check of checks) expect(check.name.trim(), 'every check has a name').not.toBe('');
    expect(new Set(checks.map((check) => check.name)).size, 'two checks with the same name').toBe(checks.length);
  });

  it('pass against the correct SpamFilter', () => {
    for (const check of checks) {
      expect(failureOf(check, CORRECT), `"${check.name}" fails against the correct SpamFilter, so it tests something SpamFilter does not promise`).toBeNull();
    }
  });

  it(`catch every one of the ${BUGGY.length} planted bugs`, () => {
    const verdicts = BUGGY.map((bug) => ({ bug: bug.name, caughtBy: checks.filter((check) => failureOf(check, bug) !== null).map((check) => check.name) }));
    showTable(
      verdicts.map(({ bug, caughtBy }) => ({ 'planted bug': bug, caught: caughtBy.length > 0 ? 'yes' : 'no', 'failing checks': caughtBy.join('; ') })),
      'The planted bugs, and which of your checks caught each',
    );
    const missed = verdicts.filter((verdict) => verdict.caughtBy.length === 0).map((verdict) => verdict.bug);
    console.log(`Your ${checks.length} checks caught ${BUGGY.length - missed.length} of ${BUGGY.length} planted bugs.`);
    expect(missed, 'planted bugs none of your checks caught').toEqual([]);
  });
});
