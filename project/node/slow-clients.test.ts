import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAM, toyModelFile } from '../src/fixtures/toy-model';
import { createService } from '../src/service';
import { silentLogger, SpamFilter } from '../src/spam-filter';
import { startServer, type RunningServer } from './http-server';

/** A raw HTTP/1.1 connection: what it received, and a promise that settles when the server closes it. */
interface Connection {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

function open(url: string): Promise<Connection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve({ socket, received: () => chunks.join(''), closed }));
    const chunks: string[] = [];
    socket.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('error', reject);
  });
}

const requestHead = (body: string, extra = '') =>
  `POST /v1/classify HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n`;

/** A request whose headers the server has read (it answered `100 Continue`), its body still to send. */
async function startRequest(url: string, body: string): Promise<Connection> {
  const connection = await open(url);
  connection.socket.write(requestHead(body, 'Expect: 100-continue\r\n'));
  await new Promise<void>((resolve) => {
    const check = () => (connection.received().includes('100 Continue') ? resolve() : connection.socket.once('data', check));
    check();
  });
  return connection;
}

/** Writes one character of `text` every `everyMs` until the socket closes or the text runs out. */
function trickle(socket: Socket, text: string, everyMs = 100): void {
  let next = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || next >= text.length) clearInterval(timer);
    else socket.write(text[next++]);
  }, everyMs);
}

describe('slow clients are cut off', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: silentLogger });
    server = await startServer(createService({ filter, version: 'test' }), 0, '127.0.0.1', { headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
  });
  afterAll(() => server.close());

  it('a body sent a byte at a time gets 408 and the connection closes', async () => {
    const body = 'x'.repeat(1_000);
    const connection = await open(server.url);
    connection.socket.write(requestHead(body));
    trickle(connection.socket, body);
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('headers sent a byte at a time get 408 and the connection closes', async () => {
    const connection = await open(server.url);
    trickle(connection.socket, requestHead('').repeat(20));
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a client that keeps up is served', async () => {
    const response = await fetch(`${server.url}/v1/classify`, { method: 'POST', body: HAM });
    expect(response.status).toBe(200);
  });
});

describe('SIGTERM stops the real server', () => {
  const SERVER = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const dir = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    // A server that failed to stop must not outlive the test run.
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** `serve.ts` as users run it, with the toy model; resolves once it listens. */
  function spawnServer(env: Record<string, string>) {
    const modelPath = path.join(dir, 'model.json');
    writeFileSync(modelPath, JSON.stringify(toyModelFile()));
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MODEL_PATH: modelPath, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const logged = (event: string) =>
      new Promise<{ url: string }>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const entry = JSON.parse(line);
          if (entry.event === event) resolve(entry);
        });
        void exited.then((code) => reject(new Error(`server exited with code ${code} before logging "${event}"`)));
      });
    const events = { listening: logged('listening'), stopping: logged('stopping') };
    return events.listening.then(({ url }) => ({ child, url, events, exited }));
  }

  it('finishes the request in flight, refuses new connections and closes a stuck one after the grace period', async () => {
    // The request timeout is far away: only the shutdown deadline can end the stuck request.
    const { child, url, events, exited } = await spawnServer({ SHUTDOWN_GRACE_MS: '1500', REQUEST_TIMEOUT_MS: '600000' });
    const stuck = await startRequest(url, 'x'.repeat(1_000));
    trickle(stuck.socket, 'x'.repeat(1_000), 1_000);
    const inFlight = await startRequest(url, HAM);

    child.kill('SIGTERM');
    await events.stopping;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow(); // refused, or reset if the kernel had queued it
    inFlight.socket.write(HAM);
    await inFlight.closed;
    expect(inFlight.received()).toMatch(/\r\n\r\nHTTP\/1\.1 200 /); // after the 100 Continue

    expect(await exited).toBe(0);
    await stuck.closed;
    expect(stuck.received()).not.toMatch(/HTTP\/1\.1 [2-5]\d\d /); // cut off, not answered
  }, 60_000); // starting a Node process with tsx takes seconds on a busy machine
});
