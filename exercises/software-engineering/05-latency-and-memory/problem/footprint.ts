import type { LinearModel } from '@project/linear-model';

export interface Footprint {
  /** 8 bytes per weight: the typed array's own size. */
  weightsBytes: number;
  /** The tokens' text at 2 bytes per UTF-16 unit, as the language defines strings. */
  tokensBytes: number;
  /** One 8-byte number per token in the lookup from token to index. */
  indexBytes: number;
  totalBytes: number;
}

/**
 * What a loaded model holds, counted from its own arrays and maps: the payload an engine must
 * store at the least. A real heap adds per-object headers and hash tables on top (the pipeline
 * measures that); the count is what any engine, browser or server, cannot go below.
 */
export function modelFootprint(model: LinearModel): Footprint {
  // Your code: count each part from the model itself (`model.weights`, `model.vocabulary.tokens`,
  // `model.vocabulary.index`), not from the file it came from, and add them up.
  return { weightsBytes: 0, tokensBytes: 0, indexBytes: 0, totalBytes: 0 };
}
