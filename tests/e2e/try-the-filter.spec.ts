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
