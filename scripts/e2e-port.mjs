// The port the browser tests serve the built site on. A learner's own site (a Vite preview,
// another course) often holds the default port, and Playwright would then reuse that site or
// fail to start its server; `npm test` checks first.
import { createServer } from 'node:net';
import { z } from 'zod';

export const DEFAULT_E2E_PORT = 4173;
const HOST = '127.0.0.1'; // where playwright.config.ts serves the site
const port = z.coerce.number().int().min(1).max(65_535);

/** Whether this process could listen on the port, i.e. nothing else does. */
export function isPortFree(candidate) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(candidate, HOST, () => server.close(() => resolve(true)));
  });
}

async function nextFreePort(after) {
  for (let candidate = after + 1; candidate <= 65_535; candidate++) if (await isPortFree(candidate)) return candidate;
  throw new Error(`No free port above ${after}.`);
}

/**
 * `E2E_PORT` when it is set, else the default port, else the next free one above it (with a note
 * to print). A port the learner chose and another program holds is an error that says how to
 * choose another: quietly moving elsewhere would hide that the site there is not this one.
 */
export async function chooseE2ePort(requested = process.env.E2E_PORT, preferred = DEFAULT_E2E_PORT) {
  if (requested !== undefined && requested !== '') {
    const parsed = port.safeParse(requested);
    if (!parsed.success) throw new Error(`E2E_PORT must be a port number (1–65535), not "${requested}".`);
    if (await isPortFree(parsed.data)) return { port: parsed.data, note: null };
    const free = await nextFreePort(parsed.data);
    throw new Error(
      `Port ${parsed.data} (set by E2E_PORT) is taken by another program, so the browser tests cannot serve the site there.\n` +
        `Stop that program, or choose a free port: E2E_PORT=${free} npm test`,
    );
  }
  if (await isPortFree(preferred)) return { port: preferred, note: null };
  const free = await nextFreePort(preferred);
  return { port: free, note: `Port ${preferred} is taken by another program; the browser tests use port ${free} (set E2E_PORT to choose).` };
}
