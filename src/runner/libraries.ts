/**
 * The bundled libraries exercise code may import (besides `vitest`, which is per test file),
 * loaded on first use only: a run that imports none of them pays for none of them.
 */
import { createDisplayModule } from './display';
import { loadPlotWithoutDom } from './plot-without-dom';
import type { RunEvent } from './protocol';
import type { LibraryName } from './resolve';

/** Module namespaces become CommonJS exports that sucrase's interop reads `default` from. */
const asCommonJs = (namespace: object) => ({ __esModule: true, ...namespace });

export async function loadLibraries(
  names: Iterable<LibraryName>,
  emit: (event: RunEvent) => void,
  warn: (message: string) => void,
): Promise<Partial<Record<LibraryName, unknown>>> {
  const loaders: Record<Exclude<LibraryName, 'vitest'>, () => Promise<unknown>> = {
    'postal-mime': async () => asCommonJs(await import('postal-mime')),
    zod: async () => asCommonJs(await import('zod')),
    '@observablehq/plot': async () => asCommonJs((await loadPlotWithoutDom()).module),
    'course:display': async () => createDisplayModule(emit, await loadPlotWithoutDom(), warn),
    '@stdlib/stats-base-dists-normal-cdf': async () => asCommonJs(await import('@stdlib/stats-base-dists-normal-cdf')),
    '@stdlib/stats-base-dists-normal-quantile': async () => asCommonJs(await import('@stdlib/stats-base-dists-normal-quantile')),
    '@stdlib/stats-base-dists-chisquare-cdf': async () => asCommonJs(await import('@stdlib/stats-base-dists-chisquare-cdf')),
  };
  const loaded: Partial<Record<LibraryName, unknown>> = {};
  await Promise.all(
    [...names].map(async (name) => {
      if (name !== 'vitest') loaded[name] = await loaders[name]();
    }),
  );
  return loaded;
}
