/**
 * The library bundles for a run in this process (Node: tests and tools), imported from
 * `node_modules` rather than sent in as in the sandbox.
 */
import type { LibraryBundleExports, LoadBundles } from './library-bundles';

const importers: { [K in keyof LibraryBundleExports]: () => Promise<LibraryBundleExports[K]> } = {
  'postal-mime': () => import('postal-mime'),
  zod: () => import('zod'),
  plot: () => import('./plot-without-dom'),
  hono: async () => ({ hono: await import('hono'), 'hono/body-limit': await import('hono/body-limit') }),
  'dockerfile-ast': () => import('dockerfile-ast'),
  'workflow-parser': () => import('@actions/workflow-parser'),
  distributions: async () => ({
    '@stdlib/stats-base-dists-normal-cdf': (await import('@stdlib/stats-base-dists-normal-cdf')).default,
    '@stdlib/stats-base-dists-normal-quantile': (await import('@stdlib/stats-base-dists-normal-quantile')).default,
    '@stdlib/stats-base-dists-chisquare-cdf': (await import('@stdlib/stats-base-dists-chisquare-cdf')).default,
  }),
};

export const loadBundlesInProcess: LoadBundles = async (names) =>
  Object.fromEntries(await Promise.all(names.map(async (name) => [name, await importers[name]()] as const)));
