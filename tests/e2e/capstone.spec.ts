import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths, watchPage } from './site';

/**
 * The capstone in the browser: with the answers put in through the UI, the learner's whole
 * pipeline runs and matches the reference at every stage, and the Try page then classifies with
 * the learner's own SpamFilter and the model their run trained.
 */
const CAPSTONE = 'capstone/01-your-pipeline';
const SPAM_FILTER = 'software-engineering/01-spam-filter';
const progressKey = (id: string) => `end-to-end:progress:v1:${id}`;

/** The lesson that embeds exercise `id`, from the built pages. */
function lessonOf(id: string): string {
  const path = sitePaths().find((candidate) => candidate.startsWith('/learn/') && new RegExp(`data-exercise="?${id}[" >]`).test(readFileSync(join(process.cwd(), 'build', `${candidate}.html`), 'utf8')));
  if (!path) throw new Error(`no lesson embeds ${id}`);
  return path;
}

/** Solution → Show → Put the answer in the editor → Run tests, as a learner does; returns the run's time. */
async function solveAndRun(page: Page, id: string): Promise<number> {
  await page.goto(lessonOf(id));
  const exercise = page.locator(`section[data-exercise="${id}"]`);
  await exercise.hover();
  await expect(exercise.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
  // A click that lands while the editor is still settling can be lost: click until the panel opens.
  await expect(async () => {
    await exercise.getByRole('button', { name: 'Solution', exact: true }).click();
    await expect(exercise.getByRole('button', { name: 'Show the solution' })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await exercise.getByRole('button', { name: 'Show the solution' }).click();
  await exercise.getByRole('button', { name: 'Put the answer in the editor' }).click();
  const started = Date.now();
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(exercise.getByTestId('test-summary')).toHaveText(/All \d+ tests? pass/, { timeout: 20_000 });
  return Date.now() - started;
}

const spamExample = (page: Page) =>
  page.getByRole('group', { name: 'Real messages from the test period' }).getByRole('button').filter({ has: page.locator('span', { hasText: /^spam$/ }) }).first();

test('the capstone run matches the reference, and the Try page answers with the learner\'s filter', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const problems = watchPage(page, new URL(baseURL!).origin);

  test.info().annotations.push({ type: 'spam-filter tests ran in', description: `${await solveAndRun(page, SPAM_FILTER)} ms` });
  const ms = await solveAndRun(page, CAPSTONE);
  test.info().annotations.push({ type: 'capstone tests ran in', description: `${ms} ms` });
  const capstone = page.locator(`section[data-exercise="${CAPSTONE}"]`);
  await expect(capstone.getByText('Every stage matches the reference')).toBeVisible();
  await expect(capstone.getByRole('table').getByRole('row')).toHaveCount(1 + 9);
  await expect(capstone.getByRole('cell', { name: 'first difference' })).toHaveCount(0);

  // The run kept its model with the learner's progress.
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).outputs?.model?.modelVersion, progressKey(CAPSTONE));
  expect(saved).toMatch(/^[a-z-]+-sample-[0-9a-f]{8}$/);

  // Now the learner's class answers, with that model; make it visibly theirs: it calls everything ham.
  await page.evaluate((key) => {
    const progress = JSON.parse(localStorage.getItem(key)!);
    progress.files['spam-filter.ts'] = progress.files['spam-filter.ts'].replace("label: score >= this.threshold ? 'spam' : 'ham',", "label: 'ham',");
    localStorage.setItem(key, JSON.stringify(progress));
  }, progressKey(SPAM_FILTER));
  await page.goto('/try');
  const mine = page.getByRole('checkbox', { name: 'Use my filter' });
  await expect(mine).toBeVisible();
  await expect(page.getByText(saved)).toBeVisible();

  await spamExample(page).click();
  await expect(page.getByTestId('answered-by')).toHaveText("Answered by the course's filter.");
  await expect(page.getByTestId('verdict')).toHaveText('Spam');

  await mine.check();
  const started = Date.now();
  await spamExample(page).click();
  await expect(page.getByTestId('answered-by')).toHaveText('Answered by your filter.', { timeout: 15_000 });
  test.info().annotations.push({ type: 'learner filter answered in', description: `${Date.now() - started} ms` });
  await expect(page.getByTestId('verdict')).toHaveText('Not spam');

  // Code that throws: the course's filter answers, and the page says why.
  await page.evaluate((key) => {
    const progress = JSON.parse(localStorage.getItem(key)!);
    progress.files['spam-filter.ts'] = progress.files['spam-filter.ts'].replace("label: 'ham',", "label: (() => { throw new TypeError('my bug'); })(),");
    localStorage.setItem(key, JSON.stringify(progress));
  }, progressKey(SPAM_FILTER));
  await page.reload();
  await page.getByRole('checkbox', { name: 'Use my filter' }).check();
  await spamExample(page).click();
  await expect(page.getByRole('alert')).toContainText('Your filter could not answer', { timeout: 15_000 });
  await expect(page.getByRole('alert')).toContainText('my bug');
  await expect(page.getByTestId('answered-by')).toHaveText("Answered by the course's filter.");
  await expect(page.getByTestId('verdict')).toHaveText('Spam');

  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
});

test('the Try page offers no "Use my filter" before the capstone has run', async ({ page }) => {
  await page.goto('/try');
  await expect(page.getByRole('button', { name: 'Classify' })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: 'Use my filter' })).toHaveCount(0);
});
