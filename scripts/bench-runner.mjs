// `npm run bench:runner`: how fast the in-browser runner gives results, against vitest in Node.
// Serves generated/public/ (built by `npm run build:sandbox`) itself, opens the runner's harness
// page in headless Chromium and times a 10-test exercise (src/runner/fixtures/word-counts*),
// from run() to the last test result:
//   cold          the first run after the page loads
//   warm          median of 20 further runs, each 500 ms after the last, as a learner runs again
//                 after reading the results (every run has a fresh worker; by then the spare is ready)
//   back-to-back  median of 20 runs with no pause, which may wait for the spare to be ready
// then times `npx vitest run` on the same test file. Targets: warm ≤ 100 ms, cold ≤ 1 s,
// warm ≤ 1/10 of vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const publicDir = join(root, 'generated', 'public');
const fixtures = join(root, 'src', 'runner', 'fixtures');
const TARGETS = { warmMs: 100, coldMs: 1000, ratio: 0.1 };

if (!existsSync(join(publicDir, 'runner', 'sandbox.html'))) {
  console.error('generated/public/runner/ is missing: run `npm run build:sandbox` first.');
  process.exit(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(publicDir, path);
  if (!file.startsWith(publicDir) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const read = (name) => readFileSync(join(fixtures, name), 'utf8');
const request = {
  files: { 'word-counts.ts': read('word-counts.ts'), 'word-counts.fixture.ts': read('word-counts.fixture.ts') },
  testFiles: ['word-counts.fixture.ts'],
  // The fixture's toy project, handed in as the page hands in an exercise's project sources.
  projectSources: { 'project/src/scores.ts': read('project/scores.ts'), 'project/src/text.ts': read('project/text.ts') },
};

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((path) => path && existsSync(path));
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let cold;
const warm = [];
const backToBack = [];
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/runner/harness.html`);
  const run = () => page.evaluate((body) => window.runnerHarness.run(body), request);
  const first = await run();
  if (first.outcome.status !== 'finished' || first.outcome.passed !== 10) {
    throw new Error(`The bench exercise did not pass: ${JSON.stringify(first.outcome)}`);
  }
  cold = first.msToLastResult;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    warm.push((await run()).msToLastResult);
  }
  for (let i = 0; i < 20; i++) backToBack.push((await run()).msToLastResult);
} finally {
  await browser.close();
  server.close();
}

const started = performance.now();
const vitest = spawnSync('npx', ['vitest', 'run', '--config', join(fixtures, 'vitest.config.ts'), 'word-counts.fixture.ts'], { cwd: root, encoding: 'utf8' });
const vitestMs = performance.now() - started;
if (vitest.status !== 0) throw new Error(`vitest failed:\n${vitest.stdout}\n${vitest.stderr}`);

const warmMs = median(warm);
const ratio = warmMs / vitestMs;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
console.log(`runner, browser (${executablePath ?? "Playwright's Chromium"}), 10 tests:`);
console.log(`  cold  ${cold.toFixed(0).padStart(6)} ms   target ≤ ${TARGETS.coldMs} ms   ${verdict(cold <= TARGETS.coldMs)}`);
console.log(`  warm  ${warmMs.toFixed(1).padStart(6)} ms   median of ${warm.length} (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)})   target ≤ ${TARGETS.warmMs} ms   ${verdict(warmMs <= TARGETS.warmMs)}`);
const backToBackMs = median(backToBack);
console.log(`  back-to-back ${backToBackMs.toFixed(1)} ms   median of ${backToBack.length} (min ${Math.min(...backToBack).toFixed(1)}, max ${Math.max(...backToBack).toFixed(1)})`);
console.log(`vitest, Node (npx vitest run, same file):`);
console.log(`        ${vitestMs.toFixed(0).padStart(6)} ms`);
console.log(`ratio warm / vitest: ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(0)})   target ≤ ${TARGETS.ratio}   ${verdict(ratio <= TARGETS.ratio)}`);
