// `npm run bench:lighthouse`: Lighthouse's performance and accessibility scores for the landing
// page, a lesson with an exercise and the Try page, with a plain docs page of this site measured in
// the same run as the baseline. Lighthouse's default mobile profile (a mid-range phone on a slow
// 4G link, simulated), against the production build (run `npm run build` first) served on loopback
// with gzip as GitHub Pages serves it, in headless Chromium.
// Each page is measured `--runs N` times (default 3); the run with the median performance score
// is reported. Targets (issue 14): performance ≥ 90, accessibility 100.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BENCH_PAGES } from './bench-page-types.mjs';
import { serveBuild } from './serve-build.mjs';

const TARGETS = { performance: 90, accessibility: 100 };
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);

const PAGES = [
  ['plain docs page (baseline)', BENCH_PAGES.plain.path],
  ['landing', BENCH_PAGES.landing.path],
  ['lesson with an exercise', BENCH_PAGES.lesson.path],
  ['Try page', BENCH_PAGES.try.path],
];
const METRICS = [
  ['FCP', 'first-contentful-paint', 's'],
  ['LCP', 'largest-contentful-paint', 's'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
  ['SI', 'speed-index', 's'],
];

const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((path) => path && existsSync(path));
const server = await serveBuild();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  // --no-sandbox: Chromium refuses to start its sandbox as root, as in CI containers.
  chromeFlags: ['--headless=new', '--no-sandbox'],
});

const median = (reports) => [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(reports.length / 2)];
const results = [];
try {
  for (const [label, path] of PAGES) {
    const reports = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${path}: Lighthouse could not measure the page: ${lhr.runtimeError.message}`);
      reports.push(lhr);
    }
    results.push({ label, path, report: median(reports), scores: reports.map((lhr) => Math.round(lhr.categories.performance.score * 100)) });
    process.stderr.write(`measured ${path}\n`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const score = (report, category) => Math.round(report.categories[category].score * 100);
const metric = (report, id, unit) => {
  const value = report.audits[id].numericValue;
  if (unit === 's') return `${(value / 1000).toFixed(1)} s`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return value.toFixed(3);
};
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const baselineTbt = results[0].report.audits['total-blocking-time'].numericValue;

console.log(`Lighthouse ${results[0].report.lighthouseVersion}, mobile profile (simulated throttling), ${results[0].report.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; median of ${runs} run(s) by performance`);
// Simulated throttling scales the CPU time it observes: on a busy machine every page scores lower.
const benchmarkIndexes = results.map(({ report }) => Math.round(report.environment.benchmarkIndex));
console.log(`this machine's CPU benchmark index (Lighthouse's own; higher is faster): ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}`);
console.log(`${'page'.padEnd(28)} ${'path'.padEnd(32)} perf  (runs)        a11y  ${METRICS.map(([name]) => name.padStart(9)).join('')}   TBT ×plain`);
for (const { label, path, report, scores } of results) {
  const tbt = report.audits['total-blocking-time'].numericValue;
  console.log(
    `${label.padEnd(28)} ${path.padEnd(32)} ${String(score(report, 'performance')).padStart(4)}  ${`(${scores.join(', ')})`.padEnd(14)} ${String(score(report, 'accessibility')).padStart(4)}  ${METRICS.map(([, id, unit]) => metric(report, id, unit).padStart(9)).join('')}   ${baselineTbt > 0 ? (tbt / baselineTbt).toFixed(1).padStart(6) : '     -'}`,
  );
}
console.log(`targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}`);
for (const { label, report } of results.slice(1)) {
  const performance = score(report, 'performance');
  const accessibility = score(report, 'accessibility');
  console.log(`  ${label.padEnd(26)} performance ${performance} ${verdict(performance >= TARGETS.performance)}, accessibility ${accessibility} ${verdict(accessibility >= TARGETS.accessibility)}`);
}
