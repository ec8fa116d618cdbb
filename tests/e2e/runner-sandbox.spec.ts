/**
 * The exercise runner's sandbox, driven through `/runner/harness.html` (a bare page of the built
 * site that calls `createRunner`): learner code cannot read the site's storage or cookies, cannot
 * make any request, and an infinite loop ends with a timeout while the page stays responsive.
 */
import { expect, test, type Page } from '@playwright/test';
import type { HarnessResult } from '../../src/runner/harness-page';
import type { RunRequest } from '../../src/runner/protocol';
import { chromiumExecutable } from './browser';

const SECRET = 'secret-4f1c';

async function openHarness(page: Page) {
  await page.goto('/runner/harness.html');
  await page.evaluate((secret) => {
    localStorage.setItem('progress', secret);
    sessionStorage.setItem('progress', secret);
    document.cookie = `session=${secret}; path=/`;
  }, SECRET);
}

function run(page: Page, request: RunRequest): Promise<HarnessResult> {
  return page.evaluate((body) => (window as unknown as { runnerHarness: { run(r: RunRequest): Promise<HarnessResult> } }).runnerHarness.run(body), request);
}

/** One test file whose single test runs `body`; its console lines are what the test reports. */
function testOf(body: string, extra: Partial<RunRequest> = {}): RunRequest {
  return {
    files: { 'probe.test.ts': `import { it } from 'vitest';\nit('probe', async () => {\n${body}\n});\n` },
    testFiles: ['probe.test.ts'],
    ...extra,
  };
}

const consoleText = (result: HarnessResult) =>
  result.events
    .filter((event) => event.type === 'console')
    .map((event) => event.text)
    .join('\n');

test('learner code cannot read the site’s storage or cookies', async ({ page }) => {
  await openHarness(page);
  const result = await run(
    page,
    testOf(`
      const attempt = async (name: string, read: () => unknown) => {
        try { console.log(name, String(await read())); } catch (error) { console.log(name, 'blocked', String(error)); }
      };
      await attempt('origin', () => self.origin);
      await attempt('localStorage', () => (globalThis as any).localStorage?.getItem('progress'));
      await attempt('sessionStorage', () => (globalThis as any).sessionStorage?.getItem('progress'));
      await attempt('cookie', () => (globalThis as any).document?.cookie);
      await attempt('parent', () => (globalThis as any).parent?.localStorage?.getItem('progress'));
      await attempt('indexedDB', () => new Promise((resolve, reject) => {
        const request = indexedDB.open('progress');
        request.onsuccess = () => resolve('opened');
        request.onerror = () => reject(request.error);
      }));
      await attempt('caches', () => caches.keys());
    `),
  );
  const output = consoleText(result);
  expect(result.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(output).toContain('origin null'); // an opaque origin: nothing of the site's is reachable
  expect(output).not.toContain(SECRET);
  expect(output).toMatch(/^localStorage undefined$/m);
  expect(output).toMatch(/^cookie undefined$/m);
  expect(output).toMatch(/^indexedDB blocked/m);
  expect(output).toMatch(/^caches blocked/m);
});

test('learner code cannot make any request, to the site or elsewhere', async ({ page, baseURL }) => {
  await openHarness(page);
  // Chromium reports a request the CSP stops as one that failed with "csp", before any network.
  const answered: string[] = [];
  const stopped: string[] = [];
  page.context().on('response', (response) => answered.push(response.url()));
  page.context().on('requestfailed', (request) => stopped.push(`${request.url()} ${request.failure()?.errorText}`));
  const site = new URL(baseURL!);
  const targets = [`${site.origin}/runner/harness.html`, '/runner/harness.html', 'http://example.com/', `blob:${site.origin}/x`];
  const result = await run(
    page,
    testOf(
      `
      const targets: string[] = ${JSON.stringify(targets)};
      const attempt = async (name: string, go: () => unknown) => {
        try { await go(); console.log(name, 'REACHED'); } catch (error) { console.log(name, 'blocked'); }
      };
      for (const url of targets) {
        await attempt('fetch ' + url, () => fetch(url));
        await attempt('xhr ' + url, () => new Promise((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.onload = resolve;
          xhr.onerror = reject;
          xhr.open('GET', url);
          xhr.send();
        }));
        await attempt('importScripts ' + url, () => (self as any).importScripts(url));
        await attempt('worker ' + url, () => new Promise((resolve, reject) => {
          const worker = new Worker(url);
          worker.onerror = reject;
          worker.onmessage = resolve;
          setTimeout(reject, 300);
        }));
      }
      await attempt('websocket', () => new Promise((resolve, reject) => {
        const socket = new WebSocket(${JSON.stringify(`ws://${site.host}/`)});
        socket.onopen = resolve;
        socket.onerror = reject;
      }));
      await attempt('eventsource', () => new Promise((resolve, reject) => {
        const source = new EventSource('/runner/harness.html');
        source.onopen = resolve;
        source.onerror = reject;
      }));
    `,
      { timeoutMs: 8_000 },
    ),
  );
  const output = consoleText(result);
  expect(result.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(output.split('\n')).toHaveLength(targets.length * 4 + 2);
  expect(output).not.toContain('REACHED');
  // Nothing got an answer but the sandbox page itself (loaded when the harness started the runner)
  // and the sandbox's own worker script, a blob: URL made from its own memory.
  expect(answered.filter((url) => !url.endsWith('/runner/sandbox.html') && !url.startsWith('blob:null/'))).toEqual([]);
  expect(stopped).toEqual(expect.arrayContaining([`${site.origin}/runner/harness.html csp`, 'http://example.com/ csp']));
});

async function loopEndsWhilePageResponds(page: Page) {
  await openHarness(page);
  const warm = await run(page, testOf('console.log("warm");'));
  expect(warm.outcome).toMatchObject({ status: 'finished', passed: 1 });

  let looping = true;
  const result = run(page, testOf('while (true) {}', { timeoutMs: 4_000 })).finally(() => (looping = false));
  // While the learner's loop spins, the page handles clicks.
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Ping' }).click({ timeout: 2_000 });
  await expect(page.locator('#pings')).toHaveText('3', { timeout: 2_000 });
  expect(looping).toBe(true);
  expect((await result).outcome).toMatchObject({ status: 'error', reason: 'timeout', message: 'Your code ran for more than 4 s — is there an infinite loop?' });

  const next = await run(page, testOf('console.log("after the loop");'));
  expect(next.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(consoleText(next)).toBe('after the loop');
}

test('an infinite loop times out, the page stays responsive, and the next run works', async ({ page }) => {
  await loopEndsWhilePageResponds(page);
});

test('without out-of-process sandboxed iframes, an infinite loop still leaves the page responsive', async ({ playwright, baseURL }) => {
  // Chromium may give a sandboxed iframe its own process (IsolateSandboxedIframes); switched off,
  // the frame shares the page's thread and only the worker keeps the loop off it.
  const browser = await playwright.chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--disable-features=IsolateSandboxedIframes', '--disable-site-isolation-trials', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ baseURL });
    await loopEndsWhilePageResponds(page);
  } finally {
    await browser.close();
  }
});

test('huge output, thrown non-errors and unhandled rejections end in clear outcomes', async ({ page }) => {
  await openHarness(page);
  const flood = await run(page, testOf('for (let i = 0; i < 1e6; i++) console.log("line", i);'));
  expect(flood.outcome).toMatchObject({ status: 'finished', consoleTruncated: true });

  const thrown = await run(page, testOf('throw { reason: "nope" };'));
  const failure = thrown.events.find((event) => event.type === 'test')?.failure;
  expect(failure?.message).toMatch(/threw \{"reason":"nope"\}/);

  const rejection = await run(page, testOf('Promise.reject(new Error("nobody awaits me")); await new Promise((r) => setTimeout(r, 10));'));
  expect(rejection.outcome).toMatchObject({ status: 'error', reason: 'crash', message: expect.stringContaining('nobody awaits me') });
});

test('a chart and a table arrive as display events, the chart as standalone SVG', async ({ page }) => {
  await openHarness(page);
  const result = await run(
    page,
    testOf(`
      const { showPlot, showTable } = await import('course:display');
      const Plot = await import('@observablehq/plot');
      const rows = [{ word: 'free', count: 3 }, { word: 'hello', count: 1 }];
      showTable(rows, 'Words');
      showPlot({ marks: [Plot.barY(rows, { x: 'word', y: 'count' })] }, 'Counts');
    `),
  );
  expect(result.outcome).toMatchObject({ status: 'finished', passed: 1 });
  const displays = result.events.filter((event) => event.type === 'display');
  expect(displays[0]).toEqual({ type: 'display', kind: 'table', title: 'Words', rows: [{ word: 'free', count: 3 }, { word: 'hello', count: 1 }] });
  expect(displays[1]).toMatchObject({ type: 'display', kind: 'svg', title: 'Counts', svg: expect.stringMatching(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/) });
  // The UI shows it as an image: check the browser can decode it as one.
  const svg = (displays[1] as { svg: string }).svg;
  const size = await page.evaluate(async (markup) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, svg);
  expect(size).toEqual([640, 400]);
});
