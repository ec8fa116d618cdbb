/**
 * Runs inside the service worker: @docusaurus/plugin-pwa bundles it as `swCustom` (plain
 * JavaScript, as the plugin's worker build compiles no TypeScript). The plugin precaches the
 * whole built site; this adds the two things the course needs for "offline after one visit".
 */

const FILE_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * With `trailingSlash: false` the page at /learn/x is the file learn/x.html, and the precache
 * keys it by that name; the plugin's own handler looks only for /learn/x and /learn/x/index.html.
 * This answers a page load of /learn/x from learn/x.html, so a bookmarked lesson opens offline.
 */
function servePagesByCleanUrl() {
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.mode !== 'navigate' || url.origin !== self.location.origin) return;
    if (url.pathname.endsWith('/') || FILE_EXTENSION.test(url.pathname)) return;
    event.respondWith(
      (async () => {
        // The precache stores the file under its URL plus a `__WB_REVISION__` query.
        const page = await caches.match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true });
        return page ?? fetch(request);
      })(),
    );
  });
}

/**
 * Takes charge of the page that installed the worker, so a learner whose network drops on the
 * first visit can still follow links: otherwise only pages loaded after it would be served.
 */
function controlTheFirstVisit() {
  self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
}

export default function courseServiceWorker() {
  servePagesByCleanUrl();
  controlTheFirstVisit();
}
