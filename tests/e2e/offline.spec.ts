import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import serveHandler from 'serve-handler';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './site';

/**
 * The course after one visit, with no network. Every other spec blocks service workers (see
 * playwright.config.ts), so a cached copy never serves them stale pages; here each test gets its
 * own context, with service workers allowed, on its own server of the built site, whose
 * service worker script the test can replace to play a new deployment.
 */
test.use({ serviceWorkers: 'allow' });

const buildDir = join(process.cwd(), 'build');
const deployedWorker = readFileSync(join(buildDir, 'sw.js'), 'utf8');

let server: Server;
let origin: string;
/** What the server answers for /sw.js: a new deployment changes the worker's precache list, so its bytes. */
let workerScript = deployedWorker;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname === '/sw.js') {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      response.end(workerScript);
      return;
    }
    // As `docusaurus serve` and GitHub Pages answer: /learn/x is learn/x.html.
    void serveHandler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Waits until the service worker controls the page; returns what the browser then holds. */
async function waitForOfflineCopy(page: Page): Promise<{ files: number; bytes: number }> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
  return page.evaluate(async () => {
    let files = 0;
    let bytes = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        files++;
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
      }
    }
    return { files, bytes };
  });
}

const precachedFiles = [...deployedWorker.matchAll(/"url":"[^"]+"/g)].length;

test('after one visit the course works offline: three more lessons open, and an exercise runs its tests and passes', async ({ page, context }) => {
  const problems = watchPage(page, origin);
  await page.goto(`${origin}/learn/intro`);
  const stored = await waitForOfflineCopy(page);
  expect(stored.files).toBe(precachedFiles);
  test.info().annotations.push({ type: 'offline copy', description: `${stored.files} files, ${(stored.bytes / 2 ** 20).toFixed(1)} MiB` });

  await context.setOffline(true);

  // A page load, as from a bookmark.
  await page.goto(`${origin}/learn/product/success-metric-and-costs`);
  await expect(page.locator('h1')).toHaveText(/success metric/i);

  // A link followed inside the site: the lesson's "Next" link.
  await page.locator('a.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/\/learn\/product\/requirements-as-code$/);
  await expect(page.locator('h1')).toHaveText(/requirements/i);

  // A lesson with an exercise: the reference answer, run in the sandbox, passes every test.
  await page.goto(`${origin}/learn/product/rules-baseline`);
  const exercise = page.locator('section[data-exercise="product/04-rules-baseline"]');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('.cm-content')).toBeVisible();
  await exercise.getByRole('button', { name: 'Solution', exact: true }).click();
  await exercise.getByRole('button', { name: 'Show the solution' }).click();
  await exercise.getByRole('button', { name: 'Put the answer in the editor' }).click();
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(exercise.getByTestId('test-summary')).toHaveText(/All \d+ tests pass/, { timeout: 20_000 });
  await expect(exercise.locator('li[data-status="fail"]')).toHaveCount(0);

  expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

test('a new deployment is announced; reloading into it keeps the learner\'s code and progress', async ({ page }) => {
  await page.goto(`${origin}/learn/intro/how-exercises-work`);
  await waitForOfflineCopy(page);

  const exercise = page.locator('section[data-exercise="intro/01-handoff-links"]');
  await exercise.scrollIntoViewIfNeeded();
  await exercise.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('export function communicationLinks(people: number): number {\n  return people * (people - 1) / 2; // mine\n}\n');
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(exercise.getByTestId('exercise-status')).toHaveText(/Passed/);

  workerScript = `${deployedWorker}\n// the next deployment\n`;
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('[data-update-notice]');
    await expect(notice).toContainText('A new version of the course is ready');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForEvent('load');
  } finally {
    workerScript = deployedWorker;
  }

  await expect(page.locator('[data-update-notice]')).toHaveCount(0);
  const reloaded = page.locator('section[data-exercise="intro/01-handoff-links"]');
  await reloaded.scrollIntoViewIfNeeded();
  await expect(reloaded.locator('.cm-content')).toContainText('// mine');
  await expect(reloaded.getByTestId('exercise-status')).toHaveText(/Passed/);
});
