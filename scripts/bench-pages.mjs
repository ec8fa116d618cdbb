// `npm run bench:pages`: the bytes a learner downloads per page type (as sent on the wire: gzip
// where GitHub Pages would compress), against a plain docs page of this site measured in the
// same run. Serves build/ (run `npm run build` first) on loopback and opens each page in headless
// Chromium with a fresh cache and a phone-sized viewport (Lighthouse's mobile profile: 412×823).
// Targets (issue 14):
//   a lesson before its first exercise nears the viewport   ≤ 1.25 × the plain page
//   its first exercise, ready to run (editor and sandbox)    adds ≤ 400 KB
//   the Try page                                             loads its examples and the model, not the browser sample
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BENCH_PAGES } from './bench-page-types.mjs';
import { serveBuild } from './serve-build.mjs';

const TARGETS = { lessonRatio: 1.25, exerciseKb: 400 };
const VIEWPORT = { width: 412, height: 823 };
const KB = 1024;

/**
 * What a response is, for the breakdown: the runner's sandbox and data files apart from the
 * site's own code, and code prefetched for pages the learner might open next (`<link rel=prefetch>`,
 * which Docusaurus adds for links on screen) apart from code this page runs.
 */
function kindOf(url, resourceTypes) {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/runner/')) return 'sandbox';
  if (pathname.startsWith('/data/')) return 'data';
  if (pathname.endsWith('.js')) return resourceTypes.has('script') ? 'js' : 'prefetch';
  if (pathname.endsWith('.css')) return 'css';
  if (resourceTypes.has('document')) return 'html';
  return 'other';
}

/** Records every http(s) response of a page once per URL, with its size as transferred, tagged with the phase it came in. */
function recordDownloads(page) {
  const downloads = new Map();
  const phase = { name: 'load' };
  let pending = 0;
  let lastActivity = Date.now();
  const counts = (request) => request.url().startsWith('http');
  const resourceTypes = new Map(); // url → every way the page asked for it
  page.on('request', (request) => {
    if (!counts(request)) return;
    if (!resourceTypes.has(request.url())) resourceTypes.set(request.url(), new Set());
    resourceTypes.get(request.url()).add(request.resourceType());
    pending++;
    lastActivity = Date.now();
  });
  const ended = () => {
    pending = Math.max(0, pending - 1);
    lastActivity = Date.now();
  };
  page.on('requestfailed', (request) => counts(request) && ended());
  page.on('requestfinished', async (request) => {
    if (!counts(request)) return;
    const tag = phase.name;
    try {
      const { responseBodySize } = await request.sizes();
      if (!downloads.has(request.url())) {
        downloads.set(request.url(), { url: request.url(), bytes: responseBodySize, phase: tag });
      }
    } finally {
      ended();
    }
  });
  /** Resolves once no http(s) request has been in flight for `quietMs`. */
  const quiet = async (quietMs = 1000, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (pending > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`${page.url()}: the network did not go quiet within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { downloads, resourceTypes, phase, quiet };
}

function total(rows, kinds) {
  return rows.filter((row) => !kinds || kinds.includes(row.kind)).reduce((sum, row) => sum + row.bytes, 0);
}

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((path) => path && existsSync(path));
const server = await serveBuild();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Opens `path` in a fresh context; `then` may act on the page (e.g. scroll) in a second phase. */
async function measure(path, then) {
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== server.origin) foreign.push(request.url());
    });
    // The sandbox's worker says "ready" to the page when it can run tests.
    await page.addInitScript(() => {
      window.addEventListener('message', (event) => {
        if (event.data?.kind === 'ready') window.benchSandboxReady = true;
      });
    });
    const recorder = recordDownloads(page);
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await recorder.quiet();
    if (then) {
      recorder.phase.name = 'then';
      await then(page);
      await recorder.quiet();
    }
    if (foreign.length > 0) throw new Error(`${path} requested another host: ${foreign.join(', ')}`);
    const rows = [...recorder.downloads.values()].map((row) => ({ ...row, kind: kindOf(row.url, recorder.resourceTypes.get(row.url)) }));
    return { load: rows.filter((row) => row.phase === 'load'), then: rows.filter((row) => row.phase === 'then') };
  } finally {
    await context.close();
  }
}

/** Scrolls to the first exercise and points at it, then waits until its Run button can be pressed and its sandbox says it is ready. */
async function openFirstExercise(page) {
  const exercise = page.locator('[data-exercise]').first();
  await exercise.hover();
  await exercise.getByRole('button', { name: /Run tests/ }).waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => window.benchSandboxReady === true, undefined, { timeout: 30_000 });
}

async function exerciseNotLoaded(page, path) {
  const loaded = await page.locator('[data-exercise] [role="tabpanel"]').count();
  if (loaded > 0) throw new Error(`${path}: an exercise's editor loaded before the learner scrolled to it; the bench needs a lesson whose first exercise starts below the first screen`);
}

let results;
try {
  const plain = await measure(BENCH_PAGES.plain.path);
  const landing = await measure(BENCH_PAGES.landing.path);
  const lesson = await measure(BENCH_PAGES.lessonBelowFold.path, async (page) => {
    await exerciseNotLoaded(page, BENCH_PAGES.lessonBelowFold.path);
    await openFirstExercise(page);
  });
  const lessonFirstScreen = await measure(BENCH_PAGES.lesson.path, openFirstExercise);
  const tryPage = await measure(BENCH_PAGES.try.path);
  results = { plain, landing, lesson, lessonFirstScreen, tryPage };
} finally {
  await browser.close();
  await server.close();
}

const { plain, landing, lesson, lessonFirstScreen, tryPage } = results;
// `npm run bench:pages -- --list` prints every download, to see where the bytes go.
if (process.argv.includes('--list')) {
  for (const [name, { load, then }] of Object.entries(results)) {
    for (const row of [...load, ...then].sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${name.padEnd(18)} ${row.phase.padEnd(5)} ${row.kind.padEnd(8)} ${(row.bytes / KB).toFixed(1).padStart(7)} KB  ${new URL(row.url).pathname}`);
    }
  }
}
const kb = (bytes, width = 7) => (bytes / KB).toFixed(1).padStart(width);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const OWN = ['html', 'js', 'css', 'other', 'data', 'sandbox'];
const COLUMNS = [['JS', ['js']], ['CSS', ['css']], ['HTML+', ['html', 'other']], ['data', ['data']], ['sandbox', ['sandbox']], ['total', OWN], ['prefetch', ['prefetch']]];
const plainJs = total(plain.load, ['js']);
const plainAll = total(plain.load, OWN);
const line = (label, rows) =>
  `${label.padEnd(54)}${COLUMNS.map(([, kinds]) => kb(total(rows, kinds), 9)).join('')}   ${(total(rows, ['js']) / plainJs).toFixed(2).padStart(5)} ${(total(rows, OWN) / plainAll).toFixed(2).padStart(6)}`;

console.log(`page weight: KB as downloaded (gzip), phone viewport ${VIEWPORT.width}×${VIEWPORT.height}, fresh cache, ${executablePath ?? "Playwright's Chromium"}`);
console.log('(HTML+: pages, fonts, images; total: all the page itself fetches; prefetch: code for linked pages, not counted in total)');
console.log(`${''.padEnd(54)}${COLUMNS.map(([name]) => name.padStart(9)).join('')}   ×plain: JS  total`);
console.log(line(`plain docs page ${BENCH_PAGES.plain.path} (baseline)`, plain.load));
console.log(line(`landing ${BENCH_PAGES.landing.path}`, landing.load));
console.log(line(`lesson ${BENCH_PAGES.lessonBelowFold.path}`, lesson.load));
console.log(line('  + its first exercise, ready to run', lesson.then));
console.log(line(`lesson ${BENCH_PAGES.lesson.path}`, lessonFirstScreen.load));
console.log(line('  + its exercise (on the first screen), ready to run', lessonFirstScreen.then));
console.log(line(`Try page ${BENCH_PAGES.try.path}`, tryPage.load));

const lessonRatio = total(lesson.load, OWN) / plainAll;
const added = total(lesson.then, OWN);
const tryData = tryPage.load.filter((row) => row.kind === 'data').map((row) => new URL(row.url).pathname);
const tryOnlyItsOwn = tryData.length === BENCH_PAGES.try.data.length && BENCH_PAGES.try.data.every((path) => tryData.includes(path));
console.log('targets:');
console.log(`  lesson before its first exercise nears the viewport: ${lessonRatio.toFixed(2)}× the plain page (total)   target ≤ ${TARGETS.lessonRatio}×   ${verdict(lessonRatio <= TARGETS.lessonRatio)}`);
console.log(`  first exercise ready to run adds ${kb(added).trim()} KB   target ≤ ${TARGETS.exerciseKb} KB   ${verdict(added <= TARGETS.exerciseKb * KB)}`);
console.log(`  Try page fetches ${tryData.join(', ')}   target: ${BENCH_PAGES.try.data.join(', ')} only (its examples built in)   ${verdict(tryOnlyItsOwn)}`);
