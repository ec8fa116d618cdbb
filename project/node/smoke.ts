import { smokeTest } from '../src/smoke-test';
import { smokeSpam } from './smoke-spam';

/**
 * `npx tsx project/node/smoke.ts <base URL> [seconds]`: waits until the service at the URL
 * answers /healthz (a container needs a moment to start), then runs the smoke test and exits 1
 * if any check fails. The repository's workflow runs it against the image it just built.
 */
async function main(): Promise<void> {
  const [baseUrl, seconds = '60'] = process.argv.slice(2);
  if (!baseUrl) throw new Error('usage: smoke.ts <base URL> [seconds to wait for it]');
  const deadline = Date.now() + Number(seconds) * 1000;
  for (;;) {
    const up = await fetch(new URL('/healthz', baseUrl)).then((response) => response.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`${baseUrl} did not answer /healthz within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const checks = await smokeTest((request) => fetch(request), baseUrl, smokeSpam());
  for (const { name, ok, detail } of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  if (checks.some((check) => !check.ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
