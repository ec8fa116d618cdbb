import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { requirements } from '../src/requirements';
import { silentLogger } from '../src/spam-filter';
import { loadSpamFilter } from './load-model';
import { measureLatency } from '../src/latency';
import type { SampleMessage } from '../src/artefacts';

const SAMPLE_PATH = fileURLToPath(new URL('../../generated/public/data/sample.json', import.meta.url));
const SERVER = fileURLToPath(new URL('./serve.ts', import.meta.url));
const DURATION_SECONDS = 10;

/**
 * `npm run bench:service`: starts the real server as a child process on 127.0.0.1 (an
 * ephemeral port; loopback only), drives it with autocannon for ten seconds with the sample's
 * messages, and measures classify() directly in process for comparison.
 */
async function main(): Promise<void> {
  const sample: SampleMessage[] = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
  const raws = sample.map((message) => message.raw);

  const filter = loadSpamFilter(undefined, { logger: silentLogger });
  const direct = measureLatency(raws, (raw) => filter.classify(raw));

  const { url, stop } = await startChildServer();
  try {
    const result = await autocannon({
      url,
      connections: 10,
      duration: DURATION_SECONDS,
      requests: raws.map((body) => ({ method: 'POST', path: '/v1/classify', headers: { 'content-type': 'text/plain' }, body })),
    });
    console.log(`service (${url}, ${DURATION_SECONDS} s, 10 connections, ${raws.length} distinct messages):`);
    console.log(`  requests/s   ${Math.round(result.requests.average)}   (target ≥ 2000)`);
    console.log(`  latency p50  ${result.latency.p50} ms   p99 ${result.latency.p99} ms   (target p99 ≤ ${requirements.serviceLatencyP99Ms} ms)`);
    console.log(`  errors       ${result.errors}   timeouts ${result.timeouts}   non-2xx ${result.non2xx}`);
    console.log(`classify() in process over ${direct.samples} messages:`);
    console.log(`  p50 ${direct.p50Ms.toFixed(3)} ms   p99 ${direct.p99Ms.toFixed(3)} ms   (target p99 ≤ ${requirements.latencyP99Ms} ms)`);
  } finally {
    await stop();
  }
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
