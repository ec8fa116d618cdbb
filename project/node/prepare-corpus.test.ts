// The whole data half on the real corpus: the numbers the course quotes must hold.
import { describe, expect, it } from 'vitest';
import { prepareData } from '../src/prepare-data';
import { loadSpamAssassin } from './load-corpus';

describe('the SpamAssassin corpus', async () => {
  const raw = loadSpamAssassin();
  const prepared = await prepareData(raw);

  it('has the five groups with their published sizes', () => {
    const counts: Record<string, number> = {};
    for (const message of raw) counts[message.group] = (counts[message.group] ?? 0) + 1;
    expect(counts).toEqual({ 'easy-ham-1': 2500, 'easy-ham-2': 1400, 'hard-ham-1': 250, 'spam-1': 500, 'spam-2': 1396 });
    expect(raw.filter((message) => message.label === 'spam')).toHaveLength(1896);
  });

  it('parses and cleans every message, and dates all of them', () => {
    expect(prepared.manifest.slice(0, 2).map((stage) => stage.out)).toEqual([6046, 6046]);
    expect(prepared.dateOverlap.every((group) => group.undated === 0)).toBe(true);
  });

  it('gives a time split that passes the leakage check', () => {
    expect(prepared.leakage.time).toEqual({ ok: true, testNotAfterTraining: 0, straddlingClusters: 0, problems: [] });
    const { train, validation, test } = prepared.splits.time;
    expect(train.length + validation.length + test.length).toBe(prepared.emails.length);
    expect(test.filter((email) => email.label === 'spam').length).toBeGreaterThan(100);
  });
});
