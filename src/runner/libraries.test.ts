import { describe, expect, it } from 'vitest';
import { bundlesFor } from './library-bundles';
import { loadBundlesInProcess } from './libraries-in-process';
import type { RunEvent } from './protocol';
import { runTests } from './run-tests';

async function run(test: string) {
  const events: RunEvent[] = [];
  const outcome = await runTests({ files: { 'x.test.ts': test }, testFiles: ['x.test.ts'] }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event));
  return { outcome, failures: events.flatMap((event) => (event.type === 'test' && event.failure ? [event.failure.message] : [])) };
}

describe('the libraries of the DevOps chapter', () => {
  it('each travel in a bundle of their own, Hono and its middleware together', () => {
    expect(bundlesFor(['hono', 'hono/body-limit'], false)).toEqual(['hono']);
    expect(bundlesFor(['dockerfile-ast'], false)).toEqual(['dockerfile-ast']);
    expect(bundlesFor(['@actions/workflow-parser', 'zod'], false)).toEqual(['workflow-parser', 'zod']);
  });

  it('Hono serves a Request with its body limit, in the runner', async () => {
    const { outcome, failures } = await run(`
      import { expect, it } from 'vitest';
      import { Hono } from 'hono';
      import { bodyLimit } from 'hono/body-limit';
      it('answers', async () => {
        const app = new Hono().post('/echo', bodyLimit({ maxSize: 4, onError: (c) => c.json({ error: 'too big' }, 413) }), async (c) => c.text(await c.req.text()));
        expect(await (await app.fetch(new Request('http://x/echo', { method: 'POST', body: 'abc' }))).text()).toBe('abc');
        expect((await app.fetch(new Request('http://x/echo', { method: 'POST', body: 'abcdef' }))).status).toBe(413);
      });`);
    expect(failures).toEqual([]);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: "finished", passed: 1 });
  });

  it('dockerfile-ast and the workflow parser parse, in the runner', async () => {
    const { outcome, failures } = await run(`
      import { expect, it } from 'vitest';
      import { DockerfileParser } from 'dockerfile-ast';
      import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
      it('parses', () => {
        expect(DockerfileParser.parse('FROM node:20 AS build\\nUSER node').getFROMs()[0].getImageName()).toBe('node');
        const parsed = parseWorkflow({ name: 'ci.yml', content: 'on: push\\njobs:\\n  a:\\n    runs-on: ubuntu-latest\\n    stepz: []' }, new NoOperationTraceWriter());
        expect(parsed.context.errors.getErrors().map((error) => error.message).join()).toMatch(/stepz/);
      });`);
    expect(failures).toEqual([]);
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: "finished", passed: 1 });
  });
});
