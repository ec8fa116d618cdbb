import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { requirements } from '../src/requirements';
import { silentLogger } from '../src/spam-filter';
import { HOSTILE_MESSAGES } from './hostile-messages';
import { loadSpamFilter } from './load-model';
import { measureLatency } from '../src/latency';
import type { LatencySummary, SampleMessage } from '../src/artefacts';

const SAMPLE_PATH = fileURLToPath(new URL('../../generated/public/data/sample.json', import.meta.url));
const SERVER = fileURLToPath(new URL('./serve.ts', import.meta.url));
const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const BASELINE_SECONDS = 5;
// The two messages that stalled the service for seconds (a From: of 80 KB without spaces, 100 KB
// of `<` as HTML), among the inputs of both measurements; every hostile message, in process only.
const STALLING = [HOSTILE_MESSAGES['From: one word'](80_000), HOSTILE_MESSAGES['HTML: of <'](100_000)];
const HOSTILE_CHARS = 100_000;

/**
 * `npm run bench:service`: classification latency in process, then the real server as a child
 * process on 127.0.0.1 (an ephemeral port) driven by autocannon at 50 connections. Inputs are
 * the sample's real messages with the two stalling messages spread among them; in process, each
 * hostile message (project/node/hostile-messages.ts) at 100 KB is timed too. Each figure is
 * printed next to a baseline measured in the same run: in process, the sample's real messages
 * alone; over HTTP, `GET /healthz` at the same concurrency.
 */
async function main(): Promise<void> {
  const sample: SampleMessage[] = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
  const real = sample.map((message) => message.raw);
  const inputs = spread(real, STALLING);
  const hostile = Object.values(HOSTILE_MESSAGES).map((make) => make(HOSTILE_CHARS));

  const filter = loadSpamFilter(undefined, { logger: silentLogger });
  const classify = (raw: string) => filter.classify(raw);
  const realTimes = measureLatency(real, classify);
  const inputTimes = measureLatency([...real, ...STALLING], classify);
  console.log(`classify() in process, one call per message after a warm-up pass:`);
  console.log(`  ${row(`${real.length} sample messages (baseline)`, realTimes)}`);
  console.log(`  ${row(`the same and the ${STALLING.length} stalling ones`, inputTimes)}   p99 ${ratio(inputTimes.p99Ms, realTimes.p99Ms)} baseline   (target p99 ≤ ${requirements.latencyP99Ms} ms)`);
  console.log(`  ${row(`${hostile.length} hostile messages of ${HOSTILE_CHARS / 1000} KB`, measureLatency(hostile, classify))}`);

  const { url, stop } = await startChildServer();
  try {
    const baseline = await autocannon({ url: `${url}/healthz`, connections: CONNECTIONS, duration: BASELINE_SECONDS });
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
      requests: inputs.map((body) => ({ method: 'POST', path: '/v1/classify', headers: { 'content-type': 'text/plain' }, body })),
    });
    console.log(`service at ${url}, ${CONNECTIONS} connections:`);
    console.log(`  GET /healthz (baseline, ${BASELINE_SECONDS} s)   ${httpRow(baseline)}`);
    console.log(`  POST /v1/classify, sample and stalling messages (${DURATION_SECONDS} s)   ${httpRow(result)}`);
    console.log(
      `  classify p99 ${ratio(result.latency.p99, baseline.latency.p99)} baseline   (target p99 ≤ ${requirements.serviceLatencyP99Ms} ms)`,
    );
    console.log(`  errors ${result.errors}   timeouts ${result.timeouts}   non-2xx ${result.non2xx}`);
  } finally {
    await stop();
  }
}

/**
 * The hostile messages evenly among the real ones. Every connection goes through the list from
 * its start, and a run may end before the end of the list: appended, they might never be sent.
 */
function spread(real: readonly string[], hostile: readonly string[]): string[] {
  const at = (list: readonly string[]) => list.map((raw, i) => ({ raw, position: (i + 0.5) / list.length }));
  return [...at(real), ...at(hostile)].sort((a, b) => a.position - b.position).map(({ raw }) => raw);
}

function row(label: string, latency: LatencySummary): string {
  return `${label.padEnd(34)} p50 ${latency.p50Ms.toFixed(3)} ms   p99 ${latency.p99Ms.toFixed(3)} ms   max ${latency.maxMs.toFixed(3)} ms`;
}

function httpRow(result: Result): string {
  return `${Math.round(result.requests.average)} requests/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms`;
}

function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(1)}×`;
}

/** The server as users run it (`serve.ts`), its JSON log lines discarded after the first. */
function startChildServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const { url } = JSON.parse(line);
      resolve({ url, stop });
    });
    child.once('exit', (code) => reject(new Error(`server exited with code ${code} before listening`)));
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
