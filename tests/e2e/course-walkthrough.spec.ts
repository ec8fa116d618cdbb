import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePaths } from './site';

/**
 * A learner's walk through the whole course, in the browser: on every lesson, every exercise
 * gets the reference answer through the UI (Solution → Show → Put the answer in the editor) and
 * must pass all its tests, offline, in the sandbox. The time from Run to the last result is
 * recorded on each test as an annotation.
 */
const lessons = sitePaths()
  .filter((path) => path.startsWith('/learn/'))
  .map((path) => ({
    path,
    exercises: [...readFileSync(join(process.cwd(), 'build', `${path}.html`), 'utf8').matchAll(/data-exercise="?([a-z0-9/-]+)/g)].map(
      (match) => match[1],
    ),
  }))
  .filter((lesson) => lesson.exercises.length > 0);

for (const lesson of lessons) {
  for (const id of [...new Set(lesson.exercises)]) {
    test(`${id} passes with its solution on ${lesson.path}`, async ({ page }) => {
      await page.goto(lesson.path);
      const exercise = page.locator(`section[data-exercise="${id}"]`);
      await exercise.hover(); // the editor opens once a learner scrolls or points, and loads then
      await expect(exercise.locator('.cm-content')).toBeVisible({ timeout: 20_000 });

      // A click that lands while the editor is still settling can be lost: click until the panel opens.
      await expect(async () => {
        await exercise.getByRole('button', { name: 'Solution', exact: true }).click();
        await expect(exercise.getByRole('button', { name: 'Show the solution' })).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
      await exercise.getByRole('button', { name: 'Show the solution' }).click();
      await exercise.getByRole('button', { name: 'Put the answer in the editor' }).click();

      const summary = exercise.getByTestId('test-summary');
      const started = Date.now();
      await exercise.getByRole('button', { name: /Run tests/ }).click();
      await expect(summary).toHaveText(/All \d+ tests? pass/, { timeout: 20_000 });
      test.info().annotations.push({ type: 'tests ran in', description: `${Date.now() - started} ms` });
      await expect(exercise.locator('li[data-status="fail"]')).toHaveCount(0);
    });
  }
}
