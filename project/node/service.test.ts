import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAM, SPAM, toyModelFile } from '../src/fixtures/toy-model';
import { requirements } from '../src/requirements';
import { createService } from '../src/service';
import { silentLogger, SpamFilter } from '../src/spam-filter';
import { startServer, type RunningServer } from './http-server';

// Real HTTP on an ephemeral loopback port: the same path a client's request takes.
let server: RunningServer;
beforeAll(async () => {
  const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: silentLogger });
  server = await startServer(createService({ filter, version: '1.2.3' }), 0);
});
afterAll(() => server.close());

const post = (body: BodyInit, contentType = 'text/plain') =>
  fetch(`${server.url}/v1/classify`, { method: 'POST', headers: { 'content-type': contentType }, body });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = await response.json();
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
}

describe('service over HTTP', () => {
  it('GET /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /version reports the service and model versions and the model metrics', async () => {
    const body = await (await fetch(`${server.url}/version`)).json();
    expect(body).toMatchObject({ version: '1.2.3', model: { version: 'toy-1', kind: 'naive-bayes', threshold: 0.5, metrics: { rocAuc: 1 } } });
  });

  it('POST /v1/classify with a raw text/plain message', async () => {
    const response = await post(SPAM);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ label: 'spam', threshold: 0.5, modelVersion: 'toy-1' });
    expect(body.reasons[0]).toEqual({ token: expect.any(String), weight: expect.any(Number) });
  });

  it('POST /v1/classify with JSON { message }', async () => {
    const response = await post(JSON.stringify({ message: HAM }), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
    expect((await response.json()).label).toBe('ham');
  });

  it('rejects an empty message', async () => {
    await expectError(await post(''), 400, 'empty_message');
  });

  it('rejects text that is not an email', async () => {
    await expectError(await post('is this spam?'), 422, 'not_an_email');
  });

  it('rejects a body over the limit with 413', async () => {
    await expectError(await post('x'.repeat(requirements.maxMessageBytes + 100 * 1024)), 413, 'payload_too_large');
  });

  it('rejects a message just over the message limit with 413', async () => {
    await expectError(await post(`Subject: big\r\n\r\n${'x'.repeat(requirements.maxMessageBytes)}`), 413, 'message_too_large');
  });

  it('rejects malformed JSON and JSON of the wrong shape', async () => {
    await expectError(await post('{"message": ', 'application/json'), 400, 'invalid_json');
    await expectError(await post(JSON.stringify({ text: HAM }), 'application/json'), 400, 'invalid_request');
  });

  it('rejects other media types', async () => {
    await expectError(await post(new Uint8Array([1, 2, 3]), 'application/octet-stream'), 415, 'unsupported_media_type');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const response = await fetch(`${server.url}/v1/classify`);
    expect(response.headers.get('allow')).toBe('POST');
    await expectError(response, 405, 'method_not_allowed');
    await expectError(await fetch(`${server.url}/healthz`, { method: 'DELETE' }), 405, 'method_not_allowed');
  });

  it('answers an unknown route with 404', async () => {
    await expectError(await fetch(`${server.url}/v2/nothing`), 404, 'not_found');
  });
});
