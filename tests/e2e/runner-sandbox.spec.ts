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
  // and its workers' runtime, which the sandbox holds in a blob of its own (opaque) origin.
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

test('a message from the sandbox that is not JSON ends the run with a clear error, and the next run works', async ({ page }) => {
  await openHarness(page);
  const cycle = 'const row: any = { word: "free" }; row.self = row;';
  for (const [value, reason] of [['10n', /BigInt/], ['row', /circular/]] as const) {
    const result = await run(
      page,
      testOf(`${cycle}\nself.postMessage({ kind: 'event', runId: 'a', event: { type: 'display', kind: 'table', rows: [{ value: ${value} }] } });\nawait new Promise((resolve) => setTimeout(resolve, 500));`),
    );
    expect(result.outcome).toMatchObject({ status: 'error', reason: 'crash', message: expect.stringMatching(/cannot show/) });
    expect(result.outcome.status === 'error' && result.outcome.message).toMatch(reason);
  }
  const next = await run(page, testOf('console.log("still here");'));
  expect(consoleText(next)).toBe('still here');
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

test('a Markdown document arrives as a display event, as text; anything but a string is refused', async ({ page }) => {
  await openHarness(page);
  const result = await run(page, testOf(`const { showMarkdown } = await import('course:display');\nshowMarkdown('# Model card\\n\\n- met', 'Card');`));
  expect(result.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(result.events.filter((event) => event.type === 'display')).toEqual([{ type: 'display', kind: 'markdown', title: 'Card', markdown: '# Model card\n\n- met' }]);
  const wrong = await run(page, testOf(`const { showMarkdown } = await import('course:display');\nshowMarkdown({ html: '<b>' } as never);`));
  expect(wrong.outcome).toMatchObject({ status: 'finished', failed: 1 });
});

test('a run receives only the libraries its code imports, and Plot only to draw a chart', async ({ page }) => {
  await openHarness(page);
  const fetched: string[] = [];
  page.on('request', (request) => {
    const match = /\/runner\/libraries\/(.+)$/.exec(request.url());
    if (match) fetched.push(match[1]);
  });
  const table = await run(page, testOf(`const { showTable } = await import('course:display');\nshowTable([{ word: 'free', count: 3 }]);`));
  expect(table.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(table.events.filter((event) => event.type === 'display')).toHaveLength(1);
  expect(fetched).toEqual([]);

  const schema = await run(page, testOf(`const { z } = await import('zod');\nconsole.log(z.number().parse(3));`));
  expect(consoleText(schema)).toBe('3');
  expect(fetched).toEqual(['zod.js']);

  const chart = await run(page, testOf(`const { showPlot } = await import('course:display');\nshowPlot({ marks: [] });`));
  expect(chart.outcome).toMatchObject({ status: 'finished', passed: 1 });
  expect(fetched).toEqual(['zod.js', 'plot.js']);
});

test.describe('every run starts from a clean realm', () => {
  test('a global, a prototype or a built-in changed by one run is back to normal in the next', async ({ page }) => {
    await openHarness(page);
    const tamper = await run(page, testOf(`(globalThis as any).leftover = 'run 1'; (Array.prototype as any).leftover = 1; Object.is = () => true;`));
    expect(tamper.outcome).toMatchObject({ status: 'finished', passed: 1 });
    const next = await run(page, testOf(`console.log(typeof (globalThis as any).leftover, typeof ([] as any).leftover, Object.is(1, 2));`));
    expect(next.outcome).toMatchObject({ status: 'finished', passed: 1 });
    expect(consoleText(next)).toBe('undefined undefined false');
  });

  test('a loop a timer of an earlier run starts is not blamed on the next run', async ({ page }) => {
    await openHarness(page);
    const tamper = await run(page, testOf('setTimeout(() => { while (true) {} }, 200);'));
    expect(tamper.outcome).toMatchObject({ status: 'finished', passed: 1 });
    const honest = await run(page, testOf('await new Promise((resolve) => setTimeout(resolve, 500)); console.log("honest");', { timeoutMs: 3_000 }));
    expect(honest.outcome).toMatchObject({ status: 'finished', passed: 1 });
    expect(consoleText(honest)).toBe('honest');
  });

  test('nothing learner code started keeps running once the results are in', async ({ page }) => {
    // Every worker of the sandbox, and whether it is still alive.
    const workers = new Map<string, boolean>();
    let count = 0;
    page.on('worker', (worker) => {
      const name = `worker ${++count}`;
      workers.set(name, true);
      worker.on('close', () => workers.set(name, false));
    });
    await openHarness(page);
    const busy = await run(page, testOf('setInterval(() => { const end = Date.now() + 40; while (Date.now() < end) {} }, 0);'));
    expect(busy.outcome).toMatchObject({ status: 'finished', passed: 1 });
    // The worker that ran the test is gone; at most a fresh spare, which has run nothing, is left.
    await expect.poll(() => [...workers.values()].filter((alive) => alive).length, { timeout: 2_000 }).toBeLessThanOrEqual(1);
    expect([...workers.values()].filter((alive) => !alive).length).toBeGreaterThanOrEqual(1);
  });
});

test.describe('learner code cannot report a pass it did not earn', () => {
  /** A learner file `answer.ts` that must export 42, with `tamper` written at its top, and the test of it. */
  const cheat = (tamper: string): RunRequest => ({
    files: {
      'answer.ts': `${tamper}\nexport const answer = 1;\n`,
      'answer.test.ts': `import { expect, it } from 'vitest';\nimport { answer } from './answer';\nit('is 42', () => {\n  expect(answer).toBe(42);\n});\n`,
    },
    testFiles: ['answer.test.ts'],
  });
  const earnedNothing = (result: HarnessResult) => {
    const passedAll = result.outcome.status === 'finished' && result.outcome.failed === 0 && result.outcome.passed > 0;
    expect(passedAll, JSON.stringify(result.outcome)).toBe(false);
  };

  test('by replacing expect on the vitest module', async ({ page }) => {
    await openHarness(page);
    const result = await run(page, cheat(`import vitest from 'vitest';\n(vitest as any).expect = () => new Proxy({}, { get: () => () => {} });`));
    earnedNothing(result);
    expect(result.outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/read only property 'expect'/), location: { file: 'answer.ts' } });
  });

  test('by replacing it on the vitest module', async ({ page }) => {
    await openHarness(page);
    const result = await run(page, cheat(`import vitest from 'vitest';\nconst original = (vitest as any).it;\n(vitest as any).it = (name: string) => original(name, () => {});`));
    earnedNothing(result);
  });

  test('by declaring a test of its own, with .only', async ({ page }) => {
    await openHarness(page);
    const result = await run(page, cheat(`import { it } from 'vitest';\nit.only('mine', () => {});`));
    earnedNothing(result);
    expect(result.outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/answer\.ts.*test files/s) });
  });

  test('by overriding the worker’s postMessage', async ({ page }) => {
    await openHarness(page);
    const result = await run(
      page,
      cheat(`const post = self.postMessage.bind(self);
(self as any).postMessage = (message: any) => {
  if (message?.event?.type === 'test') message.event = { ...message.event, status: 'pass', failure: undefined };
  if (message?.outcome?.status === 'finished') message.outcome = { ...message.outcome, passed: 1, failed: 0 };
  post(message);
};`),
    );
    earnedNothing(result);
    expect(result.outcome).toMatchObject({ status: 'finished', passed: 0, failed: 1 });
  });
});
