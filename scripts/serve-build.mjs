// Serves the production build (`build/`) on loopback as GitHub Pages serves it: clean URLs
// (`/learn/x` → `learn/x.html`, no trailing slash), the site's 404 page, and gzip for text, so
// what the page benches measure is what a learner downloads from the deployed site.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import serveHandler from 'serve-handler';

export const buildDir = fileURLToPath(new URL('../build', import.meta.url));

/** Starts the server on a free port (or `port`); resolves to its origin and a way to stop it. */
export async function serveBuild(port = 0) {
  if (!existsSync(join(buildDir, 'index.html'))) {
    throw new Error('build/ is missing: run `npm run build` first.');
  }
  const gzip = compression();
  const server = createServer((request, response) => {
    gzip(request, response, () => serveHandler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false, directoryListing: false }));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
