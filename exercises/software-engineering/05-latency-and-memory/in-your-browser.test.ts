/**
 * Your measurement, run where the learner's code runs: the course sample's raw messages,
 * classified by the shipped model and by the rules baseline, timed by your measureLatency; the
 * shipped model's memory counted by your modelFootprint. The lesson puts these beside the
 * pipeline's figures for the whole test set.
 */
import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { showTable } from 'course:display';
import { modelFromFile } from '@project/model-file';
import { readMessage } from '@project/read-message';
import { requirements } from '@project/requirements';
import { applyRules } from '@project/rules';
import { SpamFilter, silentLogger } from '@project/spam-filter';
import { modelFootprint } from './footprint';
import { measureLatency } from './latency';

const raws = sample.map((message) => message.raw);
const round = (ms: number) => Math.round(ms * 1000) / 1000;

describe('in your browser, on the course sample', () => {
  it('times the shipped model and the rules on every sample message', () => {
    const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
    const rows = [
      { model: 'rules baseline', ...measureLatency(raws, (raw) => applyRules(readMessage(raw))) },
      { model: `${model.kind} (shipped)`, ...measureLatency(raws, (raw) => filter.classify(raw)) },
    ];
    showTable(
      rows.map(({ model: name, p50Ms, p99Ms, maxMs, samples }) => ({ model: name, messages: samples, 'p50 (ms)': round(p50Ms), 'p99 (ms)': round(p99Ms), 'max (ms)': round(maxMs), [`p99 within ${requirements.latencyP99Ms} ms?`]: p99Ms <= requirements.latencyP99Ms ? 'yes' : 'no' })),
      'Time to classify one raw message, in your browser',
    );
    for (const row of rows) {
      expect(row.samples, `${row.model}: one time per sample message`).toBe(raws.length);
      expect(row.p50Ms <= row.p99Ms && row.p99Ms <= row.maxMs, `${row.model}: p50 ≤ p99 ≤ max (${row.p50Ms}, ${row.p99Ms}, ${row.maxMs})`).toBe(true);
    }
  });

  it('counts the shipped model’s memory from its arrays and maps', () => {
    const footprint = modelFootprint(modelFromFile(model));
    const fileBytes = JSON.stringify(model).length;
    const mb = (bytes: number) => Math.round(bytes / 1024) / 1024;
    showTable(
      [
        { part: 'weights', bytes: footprint.weightsBytes },
        { part: 'token text', bytes: footprint.tokensBytes },
        { part: 'token → index lookup', bytes: footprint.indexBytes },
        { part: 'total counted', bytes: footprint.totalBytes },
        { part: 'the model file (JSON)', bytes: fileBytes },
      ].map((row) => ({ ...row, MB: Math.round(mb(row.bytes) * 100) / 100 })),
      `The shipped model (${model.vocabulary.length} tokens) in memory, counted`,
    );
    expect(footprint.weightsBytes, 'one 8-byte weight per token').toBe(8 * model.vocabulary.length);
    expect(footprint.totalBytes, 'within the memory requirement').toBeLessThanOrEqual(requirements.modelMemoryBytes);
  });
});
