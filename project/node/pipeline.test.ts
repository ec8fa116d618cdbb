import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelCard } from '../src/model-card';
import { modelCardInputs } from '../src/model-card-inputs';
import { parseModelFile } from '../src/model-file';
import { inputsHash } from './inputs-hash';
import type { StageListener } from './measure';
import { OUTPUT_FILES, runPipeline, STAGE_COUNT } from './run-pipeline';

// The whole pipeline on the full corpus, into a temporary folder (about 10 s).
const outDir = mkdtempSync(path.join(tmpdir(), 'pipeline-test-'));
const read = (file: string) => JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));

const events: string[] = [];
const progress: StageListener = {
  started: (stage) => events.push(`start ${stage}`),
  ended: ({ stage }) => events.push(`end ${stage}`),
  failed: (stage) => events.push(`fail ${stage}`),
};

beforeAll(() => runPipeline({ outDir, force: true, log: () => {}, progress }), 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('pipeline on the full corpus', () => {
  it('writes every output', () => {
    for (const file of OUTPUT_FILES) expect(statSync(path.join(outDir, file)).size).toBeGreaterThan(0);
  });

  it('trains a naive Bayes model that ranks time-split test mail well', () => {
    const test = read('metrics.json').models.time['naive-bayes'].test;
    expect(test.rocAuc).toBeGreaterThanOrEqual(0.95);
    // Regression guard. First honest measurement: 0.808 (126 of 156 test spam at FPR ≤ 0.5%).
    expect(test.recallAtMaxFpr.recall).toBeGreaterThanOrEqual(0.75);
    expect(test.recallAtMaxFpr.falsePositiveRate).toBeLessThanOrEqual(0.005);
  });

  it('beats the rules baseline with both models', () => {
    const time = read('metrics.json').models.time;
    for (const model of ['naive-bayes', 'logistic-regression']) {
      expect(time[model].test.rocAuc).toBeGreaterThan(time.rules.test.rocAuc);
    }
  });

  it('chooses the time split\'s thresholds on forward-chaining scores, and reports stratified k-fold beside them', () => {
    const metrics = read('metrics.json');
    expect(metrics.selection.time.method).toBe('forward-chaining');
    expect(metrics.selection.time.heldOut.messages, 'the first block in time is only trained on').toBeLessThan(metrics.selection.time.trainingPeriod.messages);
    expect(metrics.selection.random.method).toBe('stratified-k-fold');
    expect(metrics.selectionComparison['forward-chaining']['logistic-regression'].threshold).toEqual(metrics.models.time['logistic-regression'].threshold);
    expect(metrics.selectionComparison['stratified-k-fold']['logistic-regression'].test.messages).toBe(metrics.splits.time.test.messages);
  });

  it('measures what it ships: the model file scores the test set exactly as the pipeline did', () => {
    expect(read('metrics.json').serving).toMatchObject({ labelAgreement: 1, maxScoreDifference: 0 });
  });

  it('ships a valid model file and a sample the browser can afford', () => {
    expect(() => parseModelFile(read('public/data/model.json'))).not.toThrow();
    expect(statSync(path.join(outDir, 'public/data/sample.json')).size).toBeLessThan(5 * 1024 * 1024);
    const sample = read('public/data/sample.json');
    expect(sample.filter((m: { demo: boolean }) => m.demo).length).toBeGreaterThanOrEqual(4);
  });

  it('writes the Try page its demo examples apart from the sample, with the model that picked them', () => {
    const demo = read('demo-examples.json');
    const sampleDemos = read('public/data/sample.json').filter((m: { demo: boolean }) => m.demo);
    expect(demo.model).toEqual({ kind: read('metrics.json').chosenModel.kind, modelVersion: read('public/data/model.json').modelVersion });
    expect(demo.examples).toEqual(sampleDemos.map(({ id, label, raw }: { id: string; label: string; raw: string }) => ({ id, label, raw })));
    expect(new Set(demo.examples.map((m: { label: string }) => m.label))).toEqual(new Set(['spam', 'ham']));
    // Built into the page: a few clear cases, not a download of their own.
    expect(statSync(path.join(outDir, 'demo-examples.json')).size).toBeLessThan(32 * 1024);
  });

  it('reports each of its STAGE_COUNT stages as it starts and ends, for the progress display', () => {
    expect(events).toHaveLength(2 * STAGE_COUNT);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i].replace(/^start/, 'end'));
  });

  it('writes the model card from the results file exercises read, about the model it ships', () => {
    const results = read('public/data/results.json');
    expect(results.models).toEqual(Object.fromEntries(Object.entries(read('metrics.json').models.time).map(([name, r]) => [name, { label: results.models[name].label, threshold: (r as { threshold: unknown }).threshold, test: (r as { test: unknown }).test }])));
    const card = read('communication.json').modelCard;
    expect(card).toBe(modelCard(modelCardInputs(results)));
    expect(card).toContain(read('public/data/model.json').modelVersion);
  });

  it('skips the work when nothing changed', async () => {
    expect((await runPipeline({ outDir, log: () => {} })).skipped).toBe(true);
  });

  it('writes the same outputs on a second run, apart from what it measures about itself', async () => {
    // `npm test` runs the pipeline into generated/ first: from the same inputs, that is a second
    // run for free. Otherwise (sources changed since), run it again here.
    const generated = fileURLToPath(new URL('../../generated', import.meta.url));
    const manifest = path.join(generated, 'manifest.json');
    const previousRun = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).inputsHash === inputsHash() ? generated : mkdtempSync(path.join(tmpdir(), 'pipeline-again-'));
    if (previousRun !== generated) await runPipeline({ outDir: previousRun, force: true, log: () => {} });
    try {
      for (const file of OUTPUT_FILES) {
        const [first, second] = [previousRun, outDir].map((dir) => withoutMeasurements(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))));
        expect(JSON.stringify(second), `${file}: the same bytes, apart from timings, latencies and retained memory`).toBe(JSON.stringify(first));
      }
    } finally {
      if (previousRun !== generated) rmSync(previousRun, { recursive: true, force: true });
    }
  }, 180_000);
});

/** An output without the numbers that measure the run itself (times and memory), which vary from run to run. */
function withoutMeasurements(file: string, data: Record<string, unknown>): unknown {
  if (file === 'manifest.json') return { ...data, timings: 'measured' };
  if (file === 'performance.json') return withoutPerformanceMeasurements(data);
  // The model card quotes the latency and memory results.json measured; another test derives it from them.
  if (file === 'communication.json') return { ...data, modelCard: 'derived from public/data/results.json' };
  if (file === 'public/data/results.json') return { ...data, performance: withoutPerformanceMeasurements(data['performance'] as Record<string, unknown>) };
  if (file === 'software-engineering.json') {
    // Its example log lines carry the moment they were written and the latency the filter measured.
    const measuredLine = (line: string) => JSON.stringify({ ...JSON.parse(line), time: 'measured', latencyMs: 'measured' });
    const withLine = <T extends { logLine: string }>(entry: T) => ({ ...entry, logLine: measuredLine(entry.logLine) });
    const figures = data as { examples: { logLine: string }[]; refusals: { logLine: string }[] };
    return { ...data, examples: figures.examples.map(withLine), refusals: figures.refusals.map(withLine) };
  }
  return data;
}

function withoutPerformanceMeasurements(performance: Record<string, unknown>): unknown {
  const memory = performance['memory'] as Record<string, Record<string, unknown>>;
  return { ...performance, latency: 'measured', memory: Object.fromEntries(Object.entries(memory).map(([kind, entry]) => [kind, { ...entry, retainedBytes: 'measured' }])) };
}
