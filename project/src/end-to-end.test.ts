import { describe, expect, it } from 'vitest';
import { plainMessage, rawMessage } from '../fixtures/messages';
import { END_TO_END_STAGES, runEndToEnd } from './end-to-end';
import { parseModelFile } from './model-file';
import { silentLogger, SpamFilter } from './spam-filter';
import type { RawMessage } from './types';

// Sixty messages over sixty days, spam and ham interleaved, each with its own words and a few shared ones.
const raw: RawMessage[] = Array.from({ length: 60 }, (_, day) => {
  const spam = day % 3 === 0;
  const date = new Date(Date.UTC(2002, 5, 1 + day, 12)).toUTCString();
  const body = spam
    ? `Win cash now! Free money offer number ${day}, click here to claim your prize ${['gold', 'silver', 'bronze'][day % 2]}.`
    : `Hi team, the meeting notes for day ${day} are attached; the build ${['passed', 'failed', 'ran'][day % 3]} on the server.`;
  return rawMessage(`${spam ? 'spam-1' : 'easy-ham-1'}/${String(day).padStart(3, '0')}`, plainMessage(date, body, spam ? 'Free cash' : 'Notes'), spam ? 'spam' : 'ham');
});
// An exact copy, which dedupe must remove.
raw.push(rawMessage('spam-1/copy', raw[3].raw, 'spam'));

describe('runEndToEnd', async () => {
  const run = await runEndToEnd(raw, { kind: 'logistic-regression' });
  const row = (stage: string) => run.stages.find((s) => s.stage === stage)!;

  it('writes one row per stage, in order, each taking what the one before gave', () => {
    expect(run.stages.map((s) => s.stage)).toEqual([...END_TO_END_STAGES]);
    expect(row('parse').in).toBe(61);
    expect(row('dedupe')).toMatchObject({ in: 61, out: 60, notes: { 'exact duplicate': 1 } });
    const split = row('split: time').notes!;
    expect(split.train + split.validation + split.test).toBe(60);
    expect(row('vocabulary').in).toBe(split.train);
    expect(row('train')).toMatchObject({ in: split.train, notes: { spam: expect.any(Number), ham: expect.any(Number) } });
    expect(row('train').notes!.spam + row('train').notes!.ham).toBe(split.train);
    expect(row('threshold').in).toBe(split.validation);
    expect(row('evaluate').in).toBe(split.test);
    expect(row('SpamFilter')).toMatchObject({ in: split.test, out: split.test, notes: { 'same decision as evaluate': split.test } });
  });

  it('learns the words that tell the two apart', () => {
    expect(row('vocabulary').notes!.tokens).toBeGreaterThan(10);
    expect(row('evaluate').notes).toMatchObject({ 'ROC AUC': 1, recall: 1, 'false-positive rate': 0 });
    expect(row('evaluate').notes!['false-positive rate, 95% upper bound']).toBeGreaterThan(0);
  });

  it('ships a valid model file that a SpamFilter loads and that keeps the threshold it chose', () => {
    const file = parseModelFile(JSON.parse(JSON.stringify(run.modelFile)));
    expect(file).toMatchObject({ kind: 'logistic-regression', threshold: row('threshold').notes!.threshold, metrics: { recall: 1 } });
    expect(file.modelVersion).toMatch(/^logistic-regression-sample-[0-9a-f]{8}$/);
    expect(file.parameters.bias).toBe(row('train').notes!.bias);
    const filter = SpamFilter.fromModelFile(file, { logger: silentLogger });
    // Test-period messages (the last days), one of each: the filter decides as the evaluation measured.
    expect(filter.classify(raw[57].raw).label, 'day 57 is spam').toBe('spam');
    expect(filter.classify(raw[58].raw).label, 'day 58 is ham').toBe('ham');
  });

  it('gives the same rows whatever order the messages come in, for either kind of model', async () => {
    expect((await runEndToEnd(raw.slice().reverse(), { kind: 'logistic-regression' })).stages).toEqual(run.stages);
    const naiveBayes = await runEndToEnd(raw, { kind: 'naive-bayes' });
    expect(naiveBayes.modelFile.kind).toBe('naive-bayes');
    expect(naiveBayes.stages.at(-1)!.notes).toEqual({ 'same decision as evaluate': row('evaluate').in });
  });
});
