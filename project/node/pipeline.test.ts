import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModelFile } from '../src/model-file';
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

  it('ships a valid model file and a sample the browser can afford', () => {
    expect(() => parseModelFile(read('public/data/model.json'))).not.toThrow();
    expect(statSync(path.join(outDir, 'public/data/sample.json')).size).toBeLessThan(5 * 1024 * 1024);
    const sample = read('public/data/sample.json');
    expect(sample.filter((m: { demo: boolean }) => m.demo).length).toBeGreaterThanOrEqual(4);
  });

  it('reports each of its STAGE_COUNT stages as it starts and ends, for the progress display', () => {
    expect(events).toHaveLength(2 * STAGE_COUNT);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i].replace(/^start/, 'end'));
  });

  it('skips the work when nothing changed', async () => {
    expect((await runPipeline({ outDir, log: () => {} })).skipped).toBe(true);
  });
});
