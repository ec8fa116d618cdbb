import { describe, expect, it } from 'vitest';
import { loadBundlesInProcess } from './libraries-in-process';
import type { RunEvent } from './protocol';
import { runTests } from './run-tests';
import { parseSandboxMessage } from './sandbox-messages';

async function run(test: string) {
  const events: RunEvent[] = [];
  const outcome = await runTests({ files: { 'x.test.ts': test }, testFiles: ['x.test.ts'] }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event));
  return {
    outcome,
    outputs: events.filter((event) => event.type === 'output'),
    failures: events.flatMap((event) => (event.type === 'test' && event.failure ? [event.failure.message] : [])),
  };
}

describe('saveOutput', () => {
  it('hands a JSON copy of a value back to the page, by name', async () => {
    const { outputs, failures } = await run(`
      import { it } from 'vitest';
      import { saveOutput } from 'course:display';
      it('saves', () => {
        const model = { kind: 'logistic-regression', weights: [0.5, -1], threshold: 0.4 };
        saveOutput('model', model);
        model.threshold = 1; // a change after saving is not what was saved
      });`);
    expect(failures).toEqual([]);
    expect(outputs).toEqual([{ type: 'output', name: 'model', value: { kind: 'logistic-regression', weights: [0.5, -1], threshold: 0.4 } }]);
  });

  it('refuses a bad name, a value JSON cannot hold, and too many outputs, saying why', async () => {
    const { outputs, failures } = await run(`
      import { it } from 'vitest';
      import { saveOutput } from 'course:display';
      it('bad name', () => saveOutput('My Model', 1));
      it('not JSON', () => saveOutput('model', 3n));
      it('nothing', () => saveOutput('model', undefined));
      it('too many', () => { for (let i = 0; i < 6; i++) saveOutput('out-' + i, i); });`);
    expect(failures).toEqual([
      expect.stringMatching(/lowercase letters, digits and dashes/),
      expect.stringMatching(/"model" cannot be saved.*BigInt/),
      expect.stringMatching(/"model" is undefined, which JSON cannot hold/),
      expect.stringMatching(/at most 5 outputs/),
    ]);
    expect(outputs.map((output) => output.type === 'output' && output.name)).toEqual(['out-0', 'out-1', 'out-2', 'out-3', 'out-4']);
  });

  it('crosses to the page only as a named JSON value of bounded size', () => {
    const output = (name: unknown, value: unknown) => parseSandboxMessage({ kind: 'event', runId: 'run-1', event: { type: 'output', name, value } });
    expect(output('model', { weights: [1, 2] }).ok).toBe(true);
    expect(output('../model', 1).ok, 'a name that is not one').toBe(false);
    expect(output('model', new Map()).ok, 'a value that is not JSON').toBe(false);
    expect(output('model', 'x'.repeat(2_000_001)).ok, 'a value over the limit').toBe(false);
  });
});
