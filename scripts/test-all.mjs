// `npm test`: the pipeline's artefacts, then every suite, in order, stopping at the first broken step, then one summary line.
// The last line has the plain form `N passed, N failed` so any CI can read it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseE2ePort } from './e2e-port.mjs';

const reports = mkdtempSync(join(tmpdir(), 'e2e-course-test-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');

// Checked before the long steps: a port held by another program would fail the last one.
let e2ePort;
try {
  const { port, note } = await chooseE2ePort();
  if (note) console.log(note);
  e2ePort = port;
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const steps = [
  // Lessons and pages import the pipeline's artefacts, so they exist before anything is checked.
  { name: 'pipeline', command: ['npm', 'run', 'pipeline'] },
  { name: 'type check', command: ['npm', 'run', 'typecheck'] },
  { name: 'vitest', command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`] },
  // Every exercise's tests against mutants of its answer (the bar is in scripts/mutation-score.ts).
  { name: 'mutation', command: ['npm', 'run', 'mutation'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  {
    name: 'playwright',
    command: ['npx', 'playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, E2E_PORT: String(e2ePort) },
  },
];

function countVitest() {
  if (!existsSync(vitestReport)) return null;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function countPlaywright() {
  if (!existsSync(playwrightReport)) return null;
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

function countMutation() {
  const summary = join('generated', 'mutation', 'summary.json');
  if (!existsSync(summary)) return null;
  const { passed, failed } = JSON.parse(readFileSync(summary, 'utf8'));
  return { passed, failed, skipped: 0 };
}

const counters = { vitest: countVitest, mutation: countMutation, playwright: countPlaywright };
const results = [];
let broken = false;

for (const step of steps) {
  if (broken) {
    results.push({ name: step.name, status: 'not run' });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━  ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = counters[step.name]?.() ?? null;
  const ok = run.status === 0;
  results.push({ name: step.name, status: ok ? 'ok' : 'FAILED', seconds, counts });
  if (!ok) broken = true;
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n━━ summary ━━');
for (const result of results) {
  const counts = result.counts;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } else if (result.status === 'ok') {
    passed += 1; // a step without its own tests (type check, build) counts as one check
  } else if (result.status === 'FAILED') {
    failed += 1;
  }
  const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
  console.log(`  ${result.status.padEnd(8)} ${result.name}${detail}${result.seconds ? `  ${result.seconds}s` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken ? 1 : 0);
