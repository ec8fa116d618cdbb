import { expect, test } from '@playwright/test';

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

for (const format of ['one-day', 'two-day'] as const) {
  test(`the ${format} agenda prints on one page, with nothing but the agenda`, async ({ page }) => {
    await page.goto(`/learn/workshop/${format}-agenda`);
    const agenda = page.locator(`[data-agenda="${format}"]`);
    await expect(agenda.locator('tbody tr').first()).toContainText('09:00');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this agenda' })).toBeHidden();
    for (const paper of ['A4', 'Letter'] as const) {
      expect(pageCount(await page.pdf({ format: paper, printBackground: true })), `${paper} pages`).toBe(1);
    }
  });
}
