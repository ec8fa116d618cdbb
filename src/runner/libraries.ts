/**
 * The libraries exercise code may import (besides `vitest`, which is per test file), made from
 * the bundles the run's code needs (see `library-bundles.ts`).
 */
import { createDisplayModule } from './display';
import { bundlesFor, isDistribution, isHono, type LoadBundles } from './library-bundles';
import type { RunEvent } from './protocol';
import type { LibraryName } from './resolve';

/** Module namespaces become CommonJS exports that sucrase's interop reads `default` from; frozen, so no module can change what another imports. */
const asCommonJs = (namespace: object) => Object.freeze({ __esModule: true, ...namespace });

export async function loadLibraries(
  names: Iterable<LibraryName>,
  drawsCharts: boolean,
  loadBundles: LoadBundles,
  emit: (event: RunEvent) => void,
  warn: (message: string) => void,
): Promise<Partial<Record<LibraryName, unknown>>> {
  const wanted = [...names];
  const needed = bundlesFor(wanted, drawsCharts);
  const bundles = needed.length > 0 ? await loadBundles(needed) : {};
  const plot = bundles.plot?.createPlotWithoutDom();
  const loaded: Partial<Record<LibraryName, unknown>> = {};
  for (const name of wanted) {
    if (name === 'postal-mime' && bundles['postal-mime']) loaded[name] = asCommonJs(bundles['postal-mime']);
    if (name === 'zod' && bundles.zod) loaded[name] = asCommonJs(bundles.zod);
    if (name === 'dockerfile-ast' && bundles['dockerfile-ast']) loaded[name] = asCommonJs(bundles['dockerfile-ast']);
    if (name === '@actions/workflow-parser' && bundles['workflow-parser']) loaded[name] = asCommonJs(bundles['workflow-parser']);
    if (isHono(name) && bundles.hono) loaded[name] = asCommonJs(bundles.hono[name]);
    if (name === '@observablehq/plot' && plot) loaded[name] = asCommonJs(plot.module);
    if (name === 'course:display') loaded[name] = Object.freeze(createDisplayModule(emit, plot, warn));
    if (isDistribution(name) && bundles.distributions) loaded[name] = asCommonJs({ default: bundles.distributions[name] });
  }
  return loaded;
}
