/**
 * The script of the sandbox page (`/runner/sandbox.html`), which the site loads in an iframe
 * with `sandbox="allow-scripts"` (an opaque origin: no storage, no cookies of the site) under a
 * CSP that allows no request at all. It starts the worker from the runtime embedded in the page
 * and relays messages between the worker and the page that embeds it.
 */
const runtime = document.getElementById('runtime')?.textContent ?? '';
// A blob URL: an opaque-origin document may not start a worker from the site's URLs.
const worker = new Worker(URL.createObjectURL(new Blob([runtime], { type: 'text/javascript' })));

worker.addEventListener('message', (event) => window.parent.postMessage(event.data, '*'));
worker.addEventListener('error', (event) => {
  window.parent.postMessage({ kind: 'fatal', message: `The sandbox's worker failed: ${event.message || 'unknown error'}` }, '*');
});
window.addEventListener('message', (event) => {
  if (event.source === window.parent) worker.postMessage(event.data);
});

export {}; // a module, so its names stay its own
