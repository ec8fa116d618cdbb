import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { requirements } from '@project/requirements';
import { NotAnEmailError, silentLogger, SpamFilter } from '@project/spam-filter';
import { createService } from './service';

// The real shipped model, and real messages of the sample: a request here is the same Request
// object a server hands the handler, so what passes here is what `npm run serve` answers.
const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
const service = createService({ filter, version: '1.4.0' });
const BASE = 'http://localhost:8787';
const BODY_LIMIT = requirements.maxMessageBytes + 64 * 1024;

const get = (path: string, method = 'GET') => service(new Request(`${BASE}${path}`, { method }));
const post = (body: BodyInit, contentType?: string, path = '/v1/classify') =>
  service(new Request(`${BASE}${path}`, { method: 'POST', body, headers: contentType === undefined ? {} : { 'content-type': contentType } }));
const bytes = (text: string) => new TextEncoder().encode(text); // a body with no content type of its own

async function expectError(response: Response, status: number, code: string, what: string) {
  expect(response.status, `${what}: status`).toBe(status);
  expect(response.headers.get('content-type'), `${what}: errors are JSON`).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body, `${what}: the body is { error: { code, message } }`).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length, `${what}: the message says what went wrong`).toBeGreaterThan(10);
  return body.error.message as string;
}

const spam = sample.find((message) => message.label === 'spam' && message.group === 'spam-2')!;
const ham = sample.find((message) => message.label === 'ham' && message.group === 'hard-ham-1')!;

describe('GET /healthz and GET /version', () => {
  it('/healthz answers 200 { status: "ok" } as JSON', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/version names the service version and the model: version, kind, threshold, metrics', async () => {
    const body = await (await get('/version')).json();
    expect(body).toEqual({ version: '1.4.0', model: { version: filter.modelVersion, kind: filter.kind, threshold: filter.threshold, metrics: filter.metrics } });
  });

  it('/version reports the metrics it is given instead of the model file’s', async () => {
    const metrics = { ...filter.metrics, measuredOn: 'last week’s traffic', recall: 0.5 };
    const body = await (await createService({ filter, version: '2.0.0', metrics })(new Request(`${BASE}/version`))).json();
    expect(body.model.metrics, 'the metrics option').toEqual(metrics);
    expect(body.version).toBe('2.0.0');
  });
});

describe('POST /v1/classify', () => {
  it('classifies raw messages of every sample group as the filter does, with the model version', async () => {
    for (const group of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']) {
      for (const message of sample.filter((m) => m.group === group).slice(0, 2)) {
        const response = await post(message.raw, 'text/plain');
        expect(response.status, `${message.id}: status`).toBe(200);
        expect(await response.json(), `${message.id}: the classification and the model version`).toEqual({ ...filter.classify(message.raw), modelVersion: filter.modelVersion });
      }
    }
  });

  it('reads the message as text for text/plain with a charset, message/rfc822, any case, or no content type', async () => {
    const expected = { ...filter.classify(spam.raw), modelVersion: filter.modelVersion };
    for (const type of ['text/plain; charset=utf-8', 'message/rfc822', 'Text/Plain', ' message/RFC822 ; x=1', undefined]) {
      const response = await post(type === undefined ? bytes(spam.raw) : spam.raw, type);
      expect(response.status, `content type ${String(type)}`).toBe(200);
      expect(await response.json(), `content type ${String(type)}`).toEqual(expected);
    }
  });

  it('takes JSON { "message": "…" } too', async () => {
    const response = await post(JSON.stringify({ message: ham.raw }), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...filter.classify(ham.raw), modelVersion: filter.modelVersion });
  });

  it('refuses JSON that does not parse (400 invalid_json) or has the wrong shape (400 invalid_request)', async () => {
    await expectError(await post('{"message": ', 'application/json'), 400, 'invalid_json', 'cut-off JSON');
    await expectError(await post(JSON.stringify({ text: ham.raw }), 'application/json'), 400, 'invalid_request', 'JSON with "text" instead of "message"');
    await expectError(await post(JSON.stringify({ message: 42 }), 'application/json'), 400, 'invalid_request', 'a message that is a number');
    await expectError(await post(JSON.stringify([ham.raw]), 'Application/JSON'), 400, 'invalid_request', 'a JSON array');
  });

  it('refuses other media types with 415', async () => {
    await expectError(await post(bytes(spam.raw), 'application/octet-stream'), 415, 'unsupported_media_type', 'application/octet-stream');
    await expectError(await post(`message=${encodeURIComponent(spam.raw)}`, 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type', 'a form');
  });

  it("turns the filter's refusals into their stable codes: 400 empty, 422 not an email, 413 too large", async () => {
    await expectError(await post('', 'text/plain'), 400, 'empty_message', 'an empty body');
    await expectError(await post(JSON.stringify({ message: ' \r\n ' }), 'application/json'), 400, 'empty_message', 'a blank JSON message');
    await expectError(await post('is this spam? win money now', 'text/plain'), 422, 'not_an_email', 'a sentence with no header');
    const big = `Subject: big\r\n\r\n${'x'.repeat(requirements.maxMessageBytes)}`;
    await expectError(await post(big, 'text/plain'), 413, 'message_too_large', 'a message just over the message limit, under the body limit');
  });
});

describe('limits and mistakes', () => {
  it(`refuses a body over ${BODY_LIMIT} bytes with 413 payload_too_large, and closes the connection`, async () => {
    const response = await post(`Subject: huge\r\n\r\n${'x'.repeat(BODY_LIMIT)}`, 'text/plain');
    expect(response.headers.get('connection'), 'the rest of the body is never read: the connection cannot be reused').toBe('close');
    await expectError(response, 413, 'payload_too_large', 'a body just over the body limit');
  });

  it('reads a JSON body of exactly the limit: a message at the message limit fits in it', async () => {
    const message = `Subject: edge\r\n\r\n${'y'.repeat(requirements.maxMessageBytes - 17)}`;
    const json = JSON.stringify({ message });
    const padded = json + ' '.repeat(BODY_LIMIT - json.length); // JSON allows trailing spaces
    const response = await post(padded, 'application/json');
    expect(response.status, `${padded.length} bytes: at the limit, not over it`).toBe(200);
    expect((await response.json()).modelVersion).toBe(filter.modelVersion);
  });

  it('answers a known path with the wrong method 405 and an Allow header', async () => {
    for (const [path, method, allow] of [['/v1/classify', 'GET', 'POST'], ['/healthz', 'DELETE', 'GET'], ['/version', 'PUT', 'GET'], ['/healthz', 'POST', 'GET']]) {
      const response = await get(path, method);
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
      const message = await expectError(response, 405, 'method_not_allowed', `${method} ${path}`);
      expect(message, `${method} ${path}: the message names the method it accepts`).toContain(allow);
    }
  });

  it('answers an unknown path 404 not_found, naming it', async () => {
    const message = await expectError(await get('/v2/classify'), 404, 'not_found', 'GET /v2/classify');
    expect(message).toContain('/v2/classify');
    await expectError(await post(spam.raw, 'text/plain', '/classify'), 404, 'not_found', 'POST /classify');
  });

  it('answers an unexpected failure 500 internal_error without echoing it (it could quote the message)', async () => {
    const broken = Object.create(filter, { classify: { value: () => { throw new Error(`could not read: ${ham.raw.slice(0, 80)}`); } } }) as SpamFilter;
    const response = await createService({ filter: broken, version: '1' })(new Request(`${BASE}/v1/classify`, { method: 'POST', body: ham.raw }));
    const message = await expectError(response, 500, 'internal_error', 'a filter that throws a plain Error');
    expect(message, 'nothing of the error reaches the client').not.toContain('could not read');
  });

  it('maps a SpamFilterError by its code, whatever its message', async () => {
    const refusing = Object.create(filter, { classify: { value: () => { throw new NotAnEmailError(); } } }) as SpamFilter;
    const response = await createService({ filter: refusing, version: '1' })(new Request(`${BASE}/v1/classify`, { method: 'POST', body: ham.raw }));
    const message = await expectError(response, 422, 'not_an_email', 'a filter that refuses');
    expect(message).toBe(new NotAnEmailError().message);
  });
});
