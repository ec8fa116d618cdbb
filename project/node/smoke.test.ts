import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../src/service';
import { smokeTest } from '../src/smoke-test';
import { silentLogger } from '../src/spam-filter';
import { startServer, type RunningServer } from './http-server';
import { loadSpamFilter } from './load-model';
import { smokeSpam } from './smoke-spam';

// The smoke test the workflow runs against the built image, here against the same handler over
// real HTTP with the model the pipeline shipped.
let server: RunningServer;
const filter = loadSpamFilter(undefined, { logger: silentLogger });
beforeAll(async () => {
  server = await startServer(createService({ filter, version: 'test' }), 0);
});
afterAll(() => server.close());

describe('the smoke test against the service over HTTP', () => {
  it('passes every check with the shipped model', async () => {
    const checks = await smokeTest((request) => fetch(request), server.url, smokeSpam());
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(checks.map((check) => check.name)).toEqual(['healthz', 'version', 'classifies spam', 'refuses an empty message']);
  });

  it('sends a spam message the shipped model scores clearly above its threshold', () => {
    const { label, score } = filter.classify(smokeSpam());
    expect(label).toBe('spam');
    expect(score - filter.threshold, 'a margin, so a retrained model does not flip it by chance').toBeGreaterThan(0.05);
  });

  it('reports a service that is down instead of throwing', async () => {
    const checks = await smokeTest(() => Promise.reject(new TypeError('fetch failed')), 'http://127.0.0.1:9', smokeSpam());
    expect(checks.every((check) => !check.ok && check.detail.startsWith('no answer: fetch failed'))).toBe(true);
  });
});
