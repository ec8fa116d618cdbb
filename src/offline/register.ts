/**
 * Client module: registers the service worker that keeps the whole course offline after one
 * visit (built by @docusaurus/plugin-pwa), and tells the learner when a newer version of the
 * course has been downloaded. Reloading swaps in the new version; the learner's code and
 * progress live in localStorage, which a new version never touches.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { Workbox } from 'workbox-window';

// The plugin's worker reads its options from the query; the course is always available offline.
const WORKER_PARAMS = { offlineMode: true, debug: false };

async function showUpdateNotice(onReload: () => void): Promise<void> {
  const { renderUpdateNotice } = await import('./UpdateNotice');
  renderUpdateNotice(onReload);
}

async function registerServiceWorker(): Promise<void> {
  const url = `${process.env.PWA_SERVICE_WORKER_URL}?params=${encodeURIComponent(JSON.stringify(WORKER_PARAMS))}`;
  const workbox = new Workbox(url);
  // A new version finished downloading while this one still runs the page.
  workbox.addEventListener('waiting', () =>
    showUpdateNotice(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  await workbox.register();
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  // Without a worker (refused by the browser's settings, or blocked) the course still works online.
  registerServiceWorker().catch((error: unknown) => console.warn('The course could not be saved for offline use:', error));
}
