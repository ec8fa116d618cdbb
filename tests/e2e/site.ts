import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Every page of the built site, as paths, read from the sitemap so the specs grow with the content. */
export function sitePaths(): string[] {
  const xml = readFileSync(join(process.cwd(), 'build', 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no page: run `npm run build` first.');
  return [...new Set(paths)].sort();
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records, from the moment it is called, console errors, failed requests and requests to other origins. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  // Only network requests count: a blob: URL is the page's own memory (the exercise sandbox
  // starts its worker from one), and Chromium reports those loads too.
  page.on('requestfailed', (request) => {
    if (request.url().startsWith('http')) problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.foreignRequests.push(request.url());
  });
  return problems;
}

/**
 * Waits until the page has made no network request for `quietMs`. Playwright's `networkidle`
 * can wait forever on a page whose exercise sandbox runs a worker from a `blob:` URL, so only
 * http(s) requests count here.
 */
export async function waitForQuietNetwork(page: Page, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  let pending = 0;
  let lastActivity = Date.now();
  const counts = (url: string) => url.startsWith('http');
  const started = (request: { url(): string }) => {
    if (!counts(request.url())) return;
    pending++;
    lastActivity = Date.now();
  };
  const ended = (request: { url(): string }) => {
    if (!counts(request.url())) return;
    pending = Math.max(0, pending - 1);
    lastActivity = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (pending > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`the page was still loading after ${timeoutMs} ms (${pending} requests pending)`);
      await page.waitForTimeout(100);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
