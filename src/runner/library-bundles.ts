/**
 * The large libraries travel as separate bundles that a run receives only when its code imports
 * them: a run that imports none of them pays for none of them, and Plot with its DOM shim comes
 * only where a chart is drawn. The page fetches them for the sandbox, which may make no request.
 */
import type { PlotWithoutDom } from './plot-without-dom';
import type { LibraryName } from './resolve';

/** The library bundles, by name (`scripts/build-sandbox.mjs` builds one file each). */
export const LIBRARY_BUNDLES = ['postal-mime', 'zod', 'plot', 'distributions', 'hono', 'dockerfile-ast', 'workflow-parser'] as const;
export type LibraryBundle = (typeof LIBRARY_BUNDLES)[number];

/** The stdlib distribution functions the project's `distributions` module wraps: one small bundle for the three. */
export const DISTRIBUTION_LIBRARIES = ['@stdlib/stats-base-dists-normal-cdf', '@stdlib/stats-base-dists-normal-quantile', '@stdlib/stats-base-dists-chisquare-cdf'] as const;
type DistributionLibrary = (typeof DISTRIBUTION_LIBRARIES)[number];

export function isDistribution(name: LibraryName): name is DistributionLibrary {
  return (DISTRIBUTION_LIBRARIES as readonly string[]).includes(name);
}

/** Hono and the one middleware the project uses travel together: one bundle, one copy of Hono's internals. */
export const HONO_LIBRARIES = ['hono', 'hono/body-limit'] as const;
type HonoLibrary = (typeof HONO_LIBRARIES)[number];

export function isHono(name: LibraryName): name is HonoLibrary {
  return (HONO_LIBRARIES as readonly string[]).includes(name);
}

/** What each bundle evaluates to. */
export interface LibraryBundleExports {
  'postal-mime': object;
  zod: object;
  plot: { createPlotWithoutDom(): PlotWithoutDom };
  /** Each package's default export (a function), by package name. */
  distributions: Record<DistributionLibrary, (...args: number[]) => number>;
  /** Each module's namespace, by specifier. */
  hono: Record<HonoLibrary, object>;
  'dockerfile-ast': object;
  'workflow-parser': object;
}

/** Hands the run the bundles it names (in the sandbox: sent in by the page; in Node: imported). */
export type LoadBundles = (names: LibraryBundle[]) => Promise<Partial<LibraryBundleExports>>;

/**
 * The bundles a run needs for the libraries its code imports. `course:display` shows tables
 * without Plot; it needs Plot only for `showPlot`, so `drawsCharts` says whether code that
 * imports it names `showPlot`.
 */
export function bundlesFor(libraries: Iterable<LibraryName>, drawsCharts: boolean): LibraryBundle[] {
  const bundles = new Set<LibraryBundle>();
  for (const name of libraries) {
    if (name === 'postal-mime' || name === 'zod' || name === 'dockerfile-ast') bundles.add(name);
    if (name === '@actions/workflow-parser') bundles.add('workflow-parser');
    if (isDistribution(name)) bundles.add('distributions');
    if (isHono(name)) bundles.add('hono');
    if (name === '@observablehq/plot' || (name === 'course:display' && drawsCharts)) bundles.add('plot');
  }
  return [...bundles];
}

