/**
 * The library bundles for a run in this process (Node: tests and tools), imported from
 * `node_modules` rather than sent in as in the sandbox.
 */
import type { LibraryBundleExports, LoadBundles } from './library-bundles';

const importers: { [K in keyof LibraryBundleExports]: () => Promise<LibraryBundleExports[K]> } = {
  'postal-mime': () => import('postal-mime'),
  zod: () => import('zod'),
  plot: () => import('./plot-without-dom'),
};

export const loadBundlesInProcess: LoadBundles = async (names) =>
  Object.fromEntries(await Promise.all(names.map(async (name) => [name, await importers[name]()] as const)));
