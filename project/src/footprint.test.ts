import { expect, it } from 'vitest';
import { modelFootprint } from './footprint';
import { vocabularyOf } from './vocabulary';

it('counts the weights, the token text and the index of a model', () => {
  const footprint = modelFootprint({ vocabulary: vocabularyOf(['free', 'été']), bias: 0, weights: new Float64Array(2) });
  expect(footprint).toEqual({ weightsBytes: 16, tokensBytes: 14, indexBytes: 16, totalBytes: 46 });
});
