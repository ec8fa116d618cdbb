import { expect, test } from '@playwright/test';

test('local search finds a known page for a known word, offline', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  await page.goto('/');
  const search = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await search.click();
  await search.fill('leakage');
  const result = page.locator('.aa-Item, [role="option"]').filter({ hasText: /Data engineering/i }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/learn\/data-engineering/);
  expect(foreign).toEqual([]);
});
