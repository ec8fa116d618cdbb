import type { LinearModel } from './linear-model';

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
  const weightsBytes = model.weights.byteLength;
  let tokensBytes = 0;
  for (const token of model.vocabulary.tokens) tokensBytes += 2 * token.length;
  const indexBytes = 8 * model.vocabulary.index.size;
  return { weightsBytes, tokensBytes, indexBytes, totalBytes: weightsBytes + tokensBytes + indexBytes };
}
