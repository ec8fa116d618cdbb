import { describe, expect, it } from 'vitest';
import { runStages, type Stage } from './run-stages';

const evens: Stage<number, number> = { name: 'keep even', run: (items) => ({ items: items.filter((n) => n % 2 === 0), notes: { odd: items.filter((n) => n % 2 !== 0).length } }) };
const asText: Stage<number, string> = { name: 'to text', run: async (items) => ({ items: items.map(String) }) };
const doubled: Stage<string, string> = { name: 'double', run: (items) => ({ items: [...items, ...items] }) };

describe('runStages', () => {
  it('feeds each stage the output of the one before', async () => {
    const { items } = await runStages<string>([1, 2, 3, 4, 5], [evens, asText, doubled]);
    expect(items, 'keep 2 and 4, turn them into text, then double the list').toEqual(['2', '4', '2', '4']);
  });

  it('records in, out and notes for every stage, in order', async () => {
    const { manifest } = await runStages([1, 2, 3, 4, 5], [evens, asText, doubled]);
    expect(manifest, 'one entry per stage; a stage without notes gets {}').toEqual([
      { stage: 'keep even', in: 5, out: 2, notes: { odd: 3 } },
      { stage: 'to text', in: 2, out: 2, notes: {} },
      { stage: 'double', in: 2, out: 4, notes: {} },
    ]);
  });

  it('waits for asynchronous stages', async () => {
    const slow: Stage<number, number> = { name: 'slow', run: (items) => new Promise((resolve) => setTimeout(() => resolve({ items: items.slice(1) }), 10)) };
    const { manifest } = await runStages([1, 2, 3], [slow, evens]);
    expect(manifest.map((entry) => [entry.in, entry.out]), 'the second stage sees the 2 items the slow one kept').toEqual([[3, 2], [2, 1]]);
  });

  it('with no stages, hands the input back and records nothing', async () => {
    expect(await runStages([1, 2], []), 'an empty pipeline').toEqual({ items: [1, 2], manifest: [] });
  });

  it('names the stage that failed', async () => {
    const broken: Stage<number, number> = { name: 'broken', run: () => { throw new Error('no disk'); } };
    await expect(runStages([1], [evens, broken]), 'the error says which stage threw, and why').rejects.toThrow('stage "broken" failed: no disk');
  });

  it('names the stage when an asynchronous stage fails', async () => {
    const rejects: Stage<number, number> = { name: 'fetch', run: async () => Promise.reject(new Error('timed out')) };
    await expect(runStages([1], [rejects]), 'a rejected promise is a failure of that stage too').rejects.toThrow('stage "fetch" failed: timed out');
  });

  it('keeps the original error as the cause, and says what was thrown even when it is not an Error', async () => {
    const original = new Error('no disk');
    const broken: Stage<number, number> = { name: 'broken', run: () => { throw original; } };
    const error = await runStages([1], [broken]).catch((caught: unknown) => caught);
    expect((error as Error).cause, 'the error of the stage itself, for whoever debugs it').toBe(original);
    const throwsText: Stage<number, number> = { name: 'legacy', run: () => { throw 'disk full'; } };
    await expect(runStages([1], [throwsText]), 'a thrown string').rejects.toThrow('stage "legacy" failed: disk full');
  });

  it('stops at the stage that failed', async () => {
    const ran: string[] = [];
    const record = (name: string): Stage<number, number> => ({ name, run: (items) => { ran.push(name); return { items }; } });
    const broken: Stage<number, number> = { name: 'broken', run: () => { throw new Error('no disk'); } };
    await runStages([1], [record('first'), broken, record('after')]).catch(() => undefined);
    expect(ran, 'the stage after the broken one never runs').toEqual(['first']);
  });

  it('gives the same manifest every time (a re-run is a check, not a surprise)', async () => {
    const first = await runStages([5, 4, 3, 2, 1], [evens, asText]);
    const second = await runStages([5, 4, 3, 2, 1], [evens, asText]);
    expect(second, 'two runs on the same input').toEqual(first);
    expect(second.manifest, 'each run has its own manifest: two stages, two entries').toHaveLength(2);
  });
});
