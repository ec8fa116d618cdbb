import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser';

// `npm test` sets E2E_PORT to a free port (scripts/e2e-port.mjs); run directly, 4173 unless set.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // A service worker would answer from its own cache, hiding routes and new builds from the
    // specs; offline.spec.ts allows it for its own contexts.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Keep the browser itself quiet on a closed network: only the page's own requests happen.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    // Serves the production build exactly as GitHub Pages would (run `npm run build` first).
    command: `npx docusaurus serve --no-open --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
