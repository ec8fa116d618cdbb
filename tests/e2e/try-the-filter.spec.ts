import { expect, test } from '@playwright/test';

test.describe('Try the filter', () => {
  test('classifies the real spam and ham examples in the browser', async ({ page }) => {
    await page.goto('/try');
    const examples = page.getByRole('group', { name: 'Real messages from the test period' }).getByRole('button');
    await expect(examples.first()).toBeVisible();
    const count = await examples.count();
    expect(count, 'the pipeline picks demo examples of both labels').toBeGreaterThanOrEqual(2);

    const labels = new Set<string>();
    for (let i = 0; i < count; i++) {
      const example = examples.nth(i);
      const expected = (await example.locator('span').first().textContent())!.trim().toLowerCase();
      labels.add(expected);
      await example.click();
      await expect(page.getByTestId('verdict')).toHaveText(expected === 'spam' ? 'Spam' : 'Not spam');
      await expect(page.getByRole('meter', { name: 'Spam score' })).toBeVisible();
      await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(1);
    }
    expect([...labels].sort()).toEqual(['ham', 'spam']);
  });

  test('fetches the model and no other data file: its examples are in the page', async ({ page }) => {
    const data: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/data/')) data.push(pathname);
    });
    await page.goto('/try');
    await expect(page.getByRole('button', { name: 'Classify' })).toBeEnabled();
    expect(data).toEqual(['/data/model.json']);
  });

  test('shows its examples before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/try');
    const examples = page.getByRole('group', { name: 'Real messages from the test period' }).getByRole('button');
    expect(await examples.count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  test('does not move while the model loads (phone screen)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, baseURL });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      // Every shift counts: the test gives no input (Chromium flags some shifts in an emulated phone as if it had).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/try');
    await expect(page.getByRole('button', { name: 'Classify' })).toBeEnabled();
    await page.waitForTimeout(500); // a shift is reported in the frame after it happens
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0), 'cumulative layout shift').toBeLessThan(0.01);
    await context.close();
  });

  test('classifies a pasted message and explains bad input', async ({ page }) => {
    await page.goto('/try');
    const textarea = page.getByLabel('Raw email, headers included');
    await textarea.fill('From: friend@example.org\nTo: you@example.org\nSubject: lunch on friday?\n\nShall we meet at noon at the usual place?\n');
    await page.getByRole('button', { name: 'Classify' }).click();
    await expect(page.getByTestId('verdict')).toHaveText('Not spam');

    await textarea.fill('just some words, no headers at all');
    await page.getByRole('button', { name: 'Classify' }).click();
    await expect(page.getByRole('alert')).toContainText('does not look like an email');

    await textarea.fill('');
    await page.getByRole('button', { name: 'Classify' }).click();
    await expect(page.getByRole('alert')).toContainText('empty');
  });
});
