import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { watchPage } from './site';

/** What the exercise page saved for a learner: their files, and whether the last run passed. */
function savedProgress(files: Record<string, string>, passed: boolean) {
  const now = new Date().toISOString();
  return { version: 1, files, attempted: true, passed, hintsUsed: 0, solutionRevealed: false, startedAt: now, updatedAt: now, lastRunAt: now };
}

function solutionOf(id: string, file: string): string {
  const exercise = JSON.parse(readFileSync(join(process.cwd(), 'generated', 'exercises', `${id}.json`), 'utf8')) as { solution: Record<string, string> };
  return exercise.solution[file];
}

test('the capstone page downloads the learner\'s project: their passed module in, the unpassed one left out', async ({ page, baseURL }) => {
  const mine = `// my own filter\n${solutionOf('software-engineering/01-spam-filter', 'spam-filter.ts')}`;
  const unfinished = `// not passing yet\n${solutionOf('data-engineering/03-html-to-text', 'html-to-text.ts')}`;
  await page.addInitScript(
    ([passedEntry, failedEntry]) => {
      // Init scripts run in every frame; the exercise's sandbox frame has no storage of its own.
      if (window !== window.top) return;
      localStorage.setItem('end-to-end:progress:v1:software-engineering/01-spam-filter', passedEntry);
      localStorage.setItem('end-to-end:progress:v1:data-engineering/03-html-to-text', failedEntry);
    },
    [JSON.stringify(savedProgress({ 'spam-filter.ts': mine }, true)), JSON.stringify(savedProgress({ 'html-to-text.ts': unfinished }, false))],
  );
  const problems = watchPage(page, baseURL!);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));

  await page.goto('/learn/capstone');
  const button = page.getByRole('button', { name: 'Download your project (.zip)' });
  await button.waitFor();
  // The reference project and the zip code load on the click, not with the page.
  expect(requested.filter((path) => path.includes('take-it-home'))).toEqual([]);

  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await expect(page.getByRole('status').filter({ hasText: 'spam-filter.zip' })).toContainText('Your own code in it: one module');
  console.log(`download built in ${Date.now() - started} ms`);
  expect(download.suggestedFilename()).toBe('spam-filter.zip');

  const files = unzipSync(readFileSync((await download.path())!));
  const text = (path: string) => strFromU8(files[`spam-filter/${path}`]);
  expect(text('project/src/spam-filter.ts')).toBe(mine);
  expect(text('project/src/html-to-text.ts')).not.toContain('not passing yet');
  expect(text('README.md')).toContain('`project/src/spam-filter.ts` (exercise `software-engineering/01-spam-filter`)');
  expect(JSON.parse(text('package.json')).scripts).toEqual({ start: 'tsx project/node/serve.ts', test: 'vitest run' });
  expect(text('README.md')).toContain("is the course's, trained and evaluated on the full corpus");
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('the download carries the model the learner\'s capstone run trained, once that run passed', async ({ page }) => {
  const model = JSON.parse(readFileSync(join(process.cwd(), 'generated', 'public', 'data', 'model.json'), 'utf8')) as { modelVersion: string };
  const trained = { ...model, modelVersion: 'trained-in-my-browser' };
  const capstone = { ...savedProgress({}, true), outputs: { model: trained } };
  await page.addInitScript((entry) => window === window.top && localStorage.setItem('end-to-end:progress:v1:capstone/01-your-pipeline', entry), JSON.stringify(capstone));

  await page.goto('/learn/capstone');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your project (.zip)' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'spam-filter.zip' })).toContainText('Its model is the one your capstone run trained.');
  const files = unzipSync(readFileSync((await download.path())!));
  expect(JSON.parse(strFromU8(files['spam-filter/generated/public/data/model.json'])).modelVersion).toBe('trained-in-my-browser');
  expect(strFromU8(files['spam-filter/README.md'])).toContain('is the one you trained');
});

test('what the download needs is in the offline copy', () => {
  const worker = readFileSync(join(process.cwd(), 'build', 'sw.js'), 'utf8');
  expect(worker).toContain('take-it-home/reference-project.json');
  expect(worker).toContain('data/model.json');
});
