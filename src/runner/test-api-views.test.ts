/**
 * Learner code shares a realm with the tests that check it: it must not be able to swap the
 * test API the test files use, nor declare tests of its own.
 */
import { describe, expect, it } from 'vitest';
import { loadBundlesInProcess } from './libraries-in-process';
import type { RunEvent } from './protocol';
import { runTests } from './run-tests';

/** `answer.ts` must export 42; `tamper` is written at its top. */
async function runCheat(tamper: string) {
  const events: RunEvent[] = [];
  const files = {
    'answer.ts': `${tamper}\nexport const answer = 1;\n`,
    'answer.test.ts': "import { expect, it } from 'vitest';\nimport { answer } from './answer';\nit('is 42', () => {\n  expect(answer).toBe(42);\n});\n",
  };
  const outcome = await runTests({ files, testFiles: ['answer.test.ts'] }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event));
  return { outcome, passedAll: outcome.status === 'finished' && outcome.failed === 0 && outcome.passed > 0 };
}

describe('the vitest module as learner code sees it', () => {
  it('cannot have its expect replaced', async () => {
    const { outcome, passedAll } = await runCheat("import vitest from 'vitest';\n(vitest as any).expect = () => new Proxy({}, { get: () => () => {} });");
    expect(passedAll).toBe(false);
    expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/read only property 'expect'/), location: { file: 'answer.ts', line: 2 } });
  });

  it('cannot have its it replaced, through require either', async () => {
    const { passedAll } = await runCheat("const vitest = require('vitest');\nconst original = vitest.it;\nvitest.it = (name: string) => original(name, () => {});");
    expect(passedAll).toBe(false);
  });

  it('refuses tests and hooks declared outside the test files, with any modifier', async () => {
    for (const declaration of ["it.only('mine', () => {});", "describe.skip.each([1])('x %s', () => {});", 'beforeEach(() => {});']) {
      const { outcome } = await runCheat(`import { it, describe, beforeEach } from 'vitest';\n${declaration}`);
      expect(outcome, declaration).toMatchObject({ status: 'error', message: expect.stringMatching(/answer\.ts declares tests or hooks.*test files \(answer\.test\.ts\)/) });
    }
  });

  it('cannot change every assertion of the run through expect.extend', async () => {
    // Checked with toMatchObject: were the cheat to work here, it would have replaced this process's toBe too.
    const { outcome } = await runCheat("import { expect } from 'vitest';\n(expect as any).extend({ toBe: () => ({ pass: true, message: () => '' }) });");
    expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/extend is not a function/) });
  });

  it('still gives learner code expect, vi and assert to use', async () => {
    const { outcome } = await runCheat("import { assert, expect, vi } from 'vitest';\nexpect(vi.fn()).not.toHaveBeenCalled();\nassert.ok(true);");
    expect(outcome).toMatchObject({ status: 'finished', failed: 1 });
  });
});
