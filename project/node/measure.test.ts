import { expect, it } from 'vitest';
import { modelFootprint } from '../src/footprint';
import { modelFromFile, toModelFile } from '../src/model-file';
import { SpamFilter, silentLogger } from '../src/spam-filter';
import { vocabularyOf } from '../src/vocabulary';
import { retainedBytes } from './measure';

const tokens = Array.from({ length: 20_000 }, (_, i) => `token${i}`);
const file = toModelFile(
  { vocabulary: vocabularyOf(tokens), bias: 0.5, weights: Float64Array.from(tokens, (_, i) => (i % 7) / 7) },
  { modelVersion: 'm-1', kind: 'naive-bayes', createdFrom: { corpus: 'made up', manifestHash: '00000000' }, threshold: 0.5, metrics: { measuredOn: 'nothing', rocAuc: 1, precision: 1, recall: 1, f1: 1, falsePositiveRate: 0 } },
);
const text = JSON.stringify(file);
const payload = modelFootprint(modelFromFile(file)).totalBytes;

it('never reports 0 for a loaded model, even when the process frees memory while it measures', () => {
  // Something else (compiled code, a swept buffer) is freed during the first load: a single
  // heap delta around that load comes out negative.
  let elsewhere: Uint8Array | null = new Uint8Array(8 * 1024 * 1024).fill(1);
  const bytes = retainedBytes(() => {
    elsewhere = null;
    return SpamFilter.fromModelFile(JSON.parse(text), { logger: silentLogger });
  });
  expect(elsewhere).toBeNull();
  expect(bytes, 'at least the weights, token text and index the model holds').toBeGreaterThanOrEqual(payload);
  expect(bytes, 'and not a multiple of the whole file').toBeLessThan(20 * text.length);
});
