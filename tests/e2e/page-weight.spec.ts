import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForQuietNetwork } from './site';

// What a page downloads, and when: the parts only some learners use wait until they are needed.

// A phone's screen, as Lighthouse's mobile profile: where the first screen ends matters here.
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

test('an exercise on the first screen loads its editor and sandbox once the learner is at the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/learn/intro/why-end-to-end');
  const exercise = page.locator('section[data-exercise]').first();
  await expect(exercise).toBeInViewport();
  await waitForQuietNetwork(page);
  expect(fetched.filter((path) => path.startsWith('/runner/') || path.includes('exercise-workbench')), 'editor or sandbox fetched with the page').toEqual([]);
  await expect(exercise.getByRole('status')).toHaveText('The editor opens when you scroll, tap or press a key.');

  await page.mouse.wheel(0, 40);
  await expect(exercise.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
  await expect(exercise.getByRole('button', { name: /Run tests/ })).toBeVisible();
});

test('a diagram far down a lesson is drawn only as the learner comes near it', async ({ page }) => {
  await page.goto('/learn/data-engineering/headers');
  await waitForQuietNetwork(page);
  const drawn = page.locator('.docusaurus-mermaid-container svg');
  await expect(drawn, 'diagrams drawn with the page').toHaveCount(0);

  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await waitForQuietNetwork(page);
  await expect(drawn.first()).toBeVisible();
  await expect(page.locator('[data-diagram]:not(:has(svg))'), 'diagrams left undrawn').toHaveCount(0);
});

test('the stylesheet every page blocks on carries no fonts', () => {
  const cssDir = join(process.cwd(), 'build', 'assets', 'css');
  for (const file of readdirSync(cssDir).filter((name) => name.endsWith('.css'))) {
    const inlined = readFileSync(join(cssDir, file), 'utf8').match(/url\(data:font\/[a-z0-9]+/g) ?? [];
    expect(inlined, `${file}: fonts inlined as base64`).toEqual([]);
  }
});
