import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForQuietNetwork, watchPage } from './site';

const PAGE = '/learn/intro/how-exercises-work';

const LINKS_SOLUTION = `export function communicationLinks(people: number): number {
  return (people * (people - 1)) / 2;
}
`;

/** The exercise card, with its editor loaded. */
async function openExercise(page: Page, id: string): Promise<Locator> {
  const exercise = page.locator(`section[data-exercise="${id}"]`);
  // Scrolls to it and points at it, as a learner does: the editor waits for someone to be there.
  await exercise.hover();
  await expect(exercise.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
  return exercise;
}

/** Replaces the open file's code the way a learner pasting it would. */
async function setCode(page: Page, exercise: Locator, code: string) {
  await exercise.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

const summary = (exercise: Locator) => exercise.getByTestId('test-summary');

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
});

test('typing the solution makes every test pass', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  await setCode(page, exercise, LINKS_SOLUTION);
  await page.keyboard.press('Control+Enter');
  await expect(summary(exercise)).toHaveText(/All 5 tests pass/);
  await expect(exercise.locator('li[data-status="pass"]')).toHaveCount(5);
  await expect(exercise.getByTestId('exercise-status')).toHaveText(/Passed/);
});

test('the starter fails, with messages a learner understands', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(summary(exercise)).toHaveText(/1 of 5 tests pass/);
  const failed = exercise.locator('li[data-status="fail"]');
  await expect(failed).toHaveCount(4);
  const pair = failed.filter({ hasText: 'gives one link to a pair' });
  await expect(pair).toContainText('two people share exactly one conversation');
  await expect(pair.locator('dt', { hasText: 'Expected' })).toBeVisible();
  await expect(pair.locator('dd').first()).toHaveText('1');
  await expect(pair).toContainText(/line \d+ of links\.test\.ts|line \d+ of links\.ts/);
});

test('an infinite loop ends with the timeout message, and the page still responds', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  await setCode(page, exercise, 'export function communicationLinks(people: number): number {\n  while (true) {}\n  return people;\n}\n');
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(summary(exercise)).toHaveText(/took too long/, { timeout: 15_000 });
  // The page is alive: a hint opens, and the code typed is still there.
  await exercise.getByRole('button', { name: 'Show a hint' }).click();
  await expect(exercise.getByRole('list').filter({ hasText: 'A link is a pair' })).toBeVisible();
  await expect(exercise.locator('.cm-content')).toContainText('while (true)');
  // And the next run works.
  await setCode(page, exercise, LINKS_SOLUTION);
  await page.keyboard.press('Control+Enter');
  await expect(summary(exercise)).toHaveText(/All 5 tests pass/);
});

test('code run in one exercise cannot make another exercise pass', async ({ page }) => {
  // The first exercise's code passes, and on the way breaks equality for everything after it.
  const links = await openExercise(page, 'intro/01-handoff-links');
  await setCode(page, links, `Object.is = () => true;\n${LINKS_SOLUTION}`);
  await page.keyboard.press('Control+Enter');
  await expect(summary(links)).toHaveText(/All 5 tests pass/);
  // The second exercise's untouched starter must still fail, and not be saved as passed.
  const leadTime = await openExercise(page, 'intro/02-lead-time');
  await leadTime.getByRole('button', { name: /Run tests/ }).click();
  await expect(summary(leadTime)).toHaveText(/\d+ of \d+ tests pass/);
  await expect(leadTime.getByTestId('exercise-status')).not.toHaveText(/Passed/);
});

test('code survives a reload', async ({ page }) => {
  let exercise = await openExercise(page, 'intro/02-lead-time');
  await setCode(page, exercise, '// my own attempt, kept\nexport const kept = 1;\n');
  await page.waitForTimeout(600); // autosave delay
  await page.reload();
  exercise = await openExercise(page, 'intro/02-lead-time');
  await expect(exercise.locator('.cm-content')).toContainText('my own attempt, kept');
});

test('reset restores the starter, and undo brings the code back', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  await setCode(page, exercise, '// work in progress\n');
  await exercise.getByRole('button', { name: 'Reset' }).click();
  await expect(exercise.locator('.cm-content')).toContainText('Count the pairs you can make');
  await exercise.getByRole('button', { name: 'Undo' }).click();
  await expect(exercise.locator('.cm-content')).toContainText('work in progress');
  await expect(exercise.locator('.cm-content')).not.toContainText('Count the pairs you can make');
});

test('hints reveal one at a time, in order, and are counted', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/02-lead-time');
  await exercise.getByRole('button', { name: 'Show a hint' }).click();
  const hints = exercise.getByRole('region', { name: 'Hints' }).getByRole('listitem');
  await expect(hints).toHaveCount(1);
  await expect(hints.nth(0)).toContainText('consecutive');
  await exercise.getByRole('button', { name: 'Show hint 2 of 3' }).click();
  await expect(hints).toHaveCount(2);
  await expect(hints.nth(1)).toContainText('countHandoffs');
  await expect(exercise.getByText('2 of 3 hints')).toBeVisible();
});

test('the solution asks first, then shows the answer and a diff', async ({ page }) => {
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  await exercise.getByRole('button', { name: 'Solution' }).click();
  await expect(exercise.getByRole('alertdialog')).toContainText('Show the answer?');
  await exercise.getByRole('button', { name: 'Show the solution' }).click();
  const panel = exercise.getByRole('region', { name: 'Solution' });
  await expect(panel).toContainText('(people * (people - 1)) / 2');
  await panel.getByRole('button', { name: 'Your code vs. the answer' }).click();
  await expect(panel.getByLabel('Differences in links.ts')).toContainText('return 0;');
  await expect(exercise.getByText('Solution seen')).toBeVisible();
});

test('learner code cannot read the site storage or cookies, nor fetch anything', async ({ page, context, baseURL }) => {
  // The sandbox's policy stops such requests before they leave the browser: none may get a response.
  const answered: string[] = [];
  context.on('response', (response) => answered.push(response.url()));
  await page.evaluate(() => {
    localStorage.setItem('secret-storage', 'storage-secret-42');
    document.cookie = 'secret=cookie-secret-42; path=/';
  });
  const exercise = await openExercise(page, 'intro/01-handoff-links');
  const probe = `${baseURL}/probe-from-learner-code`;
  await setCode(
    page,
    exercise,
    `const seen: string[] = [];
try { seen.push('storage=' + localStorage.getItem('secret-storage')); } catch { seen.push('storage blocked'); }
try { seen.push('cookie=' + document.cookie); } catch { seen.push('cookie blocked'); }
try { const xhr = new XMLHttpRequest(); xhr.open('GET', '${probe}-xhr', false); xhr.send(); seen.push('xhr=' + xhr.status); } catch { seen.push('xhr blocked'); }
fetch('${probe}-fetch').then(() => console.log('fetch worked'), () => console.log('fetch blocked'));
console.log(seen.join(' | '));
export function communicationLinks(people: number): number {
  return (people * (people - 1)) / 2;
}
`,
  );
  await exercise.getByRole('button', { name: /Run tests/ }).click();
  await expect(summary(exercise)).toHaveText(/All 5 tests pass/);
  await page.waitForTimeout(500);
  const console = exercise.getByRole('region', { name: 'Console output' });
  await expect(console).toBeVisible();
  await expect(console).not.toContainText('storage-secret-42');
  await expect(console).not.toContainText('cookie-secret-42');
  await expect(console).not.toContainText('fetch worked');
  await expect(console).not.toContainText(/xhr=\d/);
  await expect(console).toContainText('storage blocked | cookie blocked | xhr blocked');
  expect(answered.filter((url) => url.includes('probe-from-learner-code'))).toEqual([]);
});

test('no request leaves the origin while using every exercise', async ({ page, baseURL }) => {
  // So the reload below interrupts nothing, prefetches of linked pages included.
  await page.waitForLoadState('networkidle');
  await waitForQuietNetwork(page);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.reload();
  for (const id of ['intro/01-handoff-links', 'intro/02-lead-time', 'intro/03-read-a-header']) {
    const exercise = await openExercise(page, id);
    await exercise.getByRole('button', { name: /Run tests/ }).click();
    await expect(summary(exercise)).toHaveText(/tests pass/);
  }
  await page.waitForLoadState('networkidle');
  expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an exercise in use has no serious accessibility violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.reload();
    const exercise = await openExercise(page, 'intro/01-handoff-links');
    await exercise.getByRole('button', { name: /Run tests/ }).click();
    await expect(summary(exercise)).toHaveText(/tests pass/);
    await exercise.getByRole('button', { name: 'Show a hint' }).click();
    await exercise.getByRole('button', { name: 'Solution' }).click();
    await exercise.getByRole('button', { name: 'Show the solution' }).click();
    await exercise.getByRole('button', { name: 'Your code vs. the answer' }).click();
    const axe = await new AxeBuilder({ page }).include('section[data-exercise="intro/01-handoff-links"]').analyze();
    const serious = axe.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

test.describe('the progress table', () => {
  const progressTable = (page: Page) => page.getByRole('region', { name: 'Your progress' });

  test('says when it had to set damaged saved work aside', async ({ page }) => {
    await page.evaluate(() => localStorage.setItem('end-to-end:progress:v1:product/01-root-causes', '{damaged'));
    await page.reload();
    const table = progressTable(page);
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('alert')).toContainText('product/01-root-causes');
    await expect(table.getByRole('alert')).toContainText('end-to-end:backup:');
  });

  test('an imported file of exercises the course does not have changes nothing', async ({ page }) => {
    const links = await openExercise(page, 'intro/01-handoff-links');
    await setCode(page, links, LINKS_SOLUTION);
    await page.keyboard.press('Control+Enter');
    await expect(summary(links)).toHaveText(/All 5 tests pass/);
    const table = progressTable(page);
    const row = table.locator('tr[data-exercise-row="intro/01-handoff-links"]');
    await expect(row).toContainText('Passed');

    const now = new Date().toISOString();
    const entry = { version: 1, files: {}, attempted: false, passed: false, hintsUsed: 0, solutionRevealed: false, startedAt: now, updatedAt: now };
    const exercises = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`junk/${String(i % 100).padStart(2, '0')}-x${i}`, entry]));
    const file = { format: 'end-to-end-course-progress', version: 1, exportedAt: now, settings: { version: 1, useOwnModules: false }, exercises };
    await table.locator('input[type="file"]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(table.getByRole('alert')).toContainText('none of its exercises');
    await expect(row).toContainText('Passed');
  });
});
