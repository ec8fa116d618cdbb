import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { createService } from '@project/service';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import { smokeTest, type Fetch, type SmokeCheck } from './smoke-test';

// The real service, in this tab: the same handler a container or a serverless function runs.
const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
const service = createService({ filter, version: '1.0.0' });
const BASE = 'https://spam-filter.example.org';
// A clear spam message of the sample (the shipped model labels it spam).
const spam = sample.find((message) => message.demo && message.label === 'spam')!.raw;

/** The service with one answer replaced: `(path, method) → Response | undefined` (undefined: the real answer). */
const changed = (replace: (path: string, method: string) => Response | undefined): Fetch => async (request) =>
  replace(new URL(request.url).pathname, request.method) ?? service(request);
const json = (body: unknown, status = 200) => Response.json(body, { status });
const outcome = (checks: SmokeCheck[]) => Object.fromEntries(checks.map((check) => [check.name, check.ok]));
const ALL_OK = { healthz: true, version: true, 'classifies spam': true, 'refuses an empty message': true };

describe('smokeTest against a healthy service', () => {
  it('passes the four checks, in order', async () => {
    const checks = await smokeTest(service, BASE, spam);
    expect(checks.map((check) => check.name)).toEqual(['healthz', 'version', 'classifies spam', 'refuses an empty message']);
    expect(outcome(checks), JSON.stringify(checks, null, 1)).toEqual(ALL_OK);
  });

  it('sends GET /healthz, GET /version, then two POSTs to /v1/classify, at the base URL it is given', async () => {
    const sent: string[] = [];
    const spy: Fetch = async (request) => {
      sent.push(`${request.method} ${request.url} ${request.headers.get('content-type') ?? ''} ${(await request.clone().text()).length}`);
      return service(request);
    };
    await smokeTest(spy, 'http://10.0.0.7:8787', spam);
    expect(sent).toEqual([
      'GET http://10.0.0.7:8787/healthz  0',
      'GET http://10.0.0.7:8787/version  0',
      `POST http://10.0.0.7:8787/v1/classify text/plain ${spam.length}`,
      'POST http://10.0.0.7:8787/v1/classify text/plain 0',
    ]);
  });

  it('says what it saw in each detail: the status and the answer', async () => {
    const [healthz, version, classified, refused] = await smokeTest(service, BASE, spam);
    expect(healthz.detail).toMatch(/200/);
    expect(healthz.detail).toMatch(/ok/);
    expect(version.detail).toContain(filter.modelVersion);
    expect(classified.detail).toMatch(/200/);
    expect(classified.detail).toMatch(/spam/);
    expect(refused.detail).toMatch(/400/);
    expect(refused.detail).toContain('empty_message');
  });
});

describe('smokeTest catches a broken deployment', () => {
  const cases: [string, (path: string, method: string) => Response | undefined, Partial<Record<SmokeCheck['name'], boolean>>][] = [
    ['/healthz answers 503', (path) => (path === '/healthz' ? json({ status: 'ok' }, 503) : undefined), { healthz: false }],
    ['/healthz says it is degraded', (path) => (path === '/healthz' ? json({ status: 'degraded' }) : undefined), { healthz: false }],
    ['/healthz answers plain text "ok"', (path) => (path === '/healthz' ? new Response('ok') : undefined), { healthz: false }],
    ['/version fails', (path) => (path === '/version' ? json({ error: { code: 'internal_error', message: 'x' } }, 500) : undefined), { version: false, 'classifies spam': false }],
    ['/version names no model', (path) => (path === '/version' ? json({ version: '1.0.0' }) : undefined), { version: false, 'classifies spam': false }],
    ['/version has no service version', (path) => (path === '/version' ? json({ model: { version: filter.modelVersion } }) : undefined), { version: false }],
    ['/version gives numbers', (path) => (path === '/version' ? json({ version: 1, model: { version: 2 } }) : undefined), { version: false, 'classifies spam': false }],
    ['an old replica answers with another model', (path, method) => (path === '/v1/classify' && method === 'POST' ? json({ label: 'spam', score: 0.99, modelVersion: 'logistic-regression-0000' }) : undefined), { 'classifies spam': false, 'refuses an empty message': false }],
    ['the model lets spam through', (path, method) => (path === '/v1/classify' && method === 'POST' ? json({ label: 'ham', score: 0.01, modelVersion: filter.modelVersion }) : undefined), { 'classifies spam': false, 'refuses an empty message': false }],
    ['classify answers 500 with a spam label', (path, method) => (path === '/v1/classify' && method === 'POST' ? json({ label: 'spam', modelVersion: filter.modelVersion }, 500) : undefined), { 'classifies spam': false, 'refuses an empty message': false }],
  ];

  it.each(cases)('%s', async (_name, replace, failing) => {
    const checks = await smokeTest(changed(replace), BASE, spam);
    expect(outcome(checks), JSON.stringify(checks, null, 1)).toEqual({ ...ALL_OK, ...failing });
  });

  it('an empty message answered 400 as an HTML page, or JSON under another code, or accepted', async () => {
    const empty = (response: Response): Fetch => async (request) => ((await request.clone().text()) === '' && request.method === 'POST' ? response : service(request));
    for (const [what, response] of [
      ['HTML 400', new Response('<h1>Bad request</h1>', { status: 400, headers: { 'content-type': 'text/html' } })],
      ['text/plain 400 that looks like JSON', new Response('{"error":{"code":"empty_message"}}', { status: 400, headers: { 'content-type': 'text/plain' } })],
      ['JSON 400, another code', json({ error: { code: 'invalid_request', message: 'x' } }, 400)],
      ['JSON 422, the right code', json({ error: { code: 'empty_message', message: 'x' } }, 422)],
      ['accepted', json({ label: 'ham', score: 0, modelVersion: filter.modelVersion })],
    ] as const) {
      const checks = await smokeTest(empty(response), BASE, spam);
      expect(outcome(checks), `${what}: ${JSON.stringify(checks, null, 1)}`).toEqual({ ...ALL_OK, 'refuses an empty message': false });
    }
  });

  it('a JSON content type with a body that does not parse fails the check, not the run', async () => {
    const garbled = changed((path) => (path === '/healthz' ? new Response('{"status": "ok"', { headers: { 'content-type': 'application/json' } }) : undefined));
    expect(outcome(await smokeTest(garbled, BASE, spam))).toEqual({ ...ALL_OK, healthz: false });
  });

  it('a service that does not answer fails every check, with "no answer", and never throws', async () => {
    const down: Fetch = () => Promise.reject(new TypeError('fetch failed: connection refused'));
    const checks = await smokeTest(down, BASE, spam);
    expect(checks.map((check) => [check.name, check.ok, check.detail])).toEqual([
      ['healthz', false, 'no answer: fetch failed: connection refused'],
      ['version', false, 'no answer: fetch failed: connection refused'],
      ['classifies spam', false, 'no answer: fetch failed: connection refused'],
      ['refuses an empty message', false, 'no answer: fetch failed: connection refused'],
    ]);
  });

  it('one route that does not answer fails its check alone', async () => {
    const flaky: Fetch = async (request) => {
      if (new URL(request.url).pathname === '/healthz') throw 'socket hang up';
      return service(request);
    };
    const checks = await smokeTest(flaky, BASE, spam);
    expect(outcome(checks)).toEqual({ ...ALL_OK, healthz: false });
    expect(checks[0].detail).toBe('no answer: socket hang up');
  });
});
