import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePaths, waitForQuietNetwork, watchPage } from './site';

for (const path of sitePaths()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (${colorScheme}) loads cleanly, stays on its origin, has no serious accessibility violation`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme });
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(path, { waitUntil: 'load' });
      await waitForQuietNetwork(page);
      await expect(page.locator('h1').first()).toBeVisible();
      // Scroll through the page so lazily loaded parts (exercises, charts) load and are checked too.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await waitForQuietNetwork(page);
      // Diagrams and formulas render, rather than failing quietly.
      await expect(page.locator('.docusaurus-mermaid-container:not(:has(svg))'), 'unrendered Mermaid diagrams').toHaveCount(0);
      await expect(page.locator('.katex-error'), 'formulas KaTeX could not render').toHaveCount(0);

      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);

      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
      expect(serious, 'serious or critical accessibility violations').toEqual([]);
    });
  }
}
