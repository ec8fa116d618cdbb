import { describe, expect, it } from 'vitest';
import { plainMessage, rawMessage } from '../fixtures/messages';
import { prepareData } from './prepare-data';
import type { Label, RawMessage } from './types';

// Ten distinct messages per group, one a day, each group in its own month, plus a late exact copy.
const groups: [string, Label, string][] = [['easy-ham-1', 'ham', 'Jul'], ['spam-1', 'spam', 'Aug'], ['easy-ham-2', 'ham', 'Sep'], ['spam-2', 'spam', 'Oct']];
const raw: RawMessage[] = groups.flatMap(([group, label, month]) =>
  Array.from({ length: 10 }, (_, i) =>
    rawMessage(`${group}/${i}`, plainMessage(`${i + 1} ${month} 2002 12:00:00 +0000`, `message ${group} number ${i}`), label, group),
  ),
);
raw.push(rawMessage('spam-2/copy', plainMessage('30 Oct 2002 12:00:00 +0000', 'message spam-1 number 3'), 'spam', 'spam-2'));

describe('prepareData', async () => {
  const prepared = await prepareData(raw, { fractions: { test: 0.25, validation: 0.2 } });

  it('runs every stage and writes a manifest', () => {
    expect(prepared.manifest.map((stage) => [stage.stage, stage.in, stage.out])).toEqual([
      ['parse', 41, 41],
      ['clean', 41, 41],
      ['dedupe', 41, 40],
      ['split: time', 40, 40],
      ['split: random', 40, 40],
      ['split: batch', 40, 40],
    ]);
    expect(prepared.manifest[2].notes).toEqual({ 'exact duplicate': 1, 'near duplicate': 0 });
    expect(prepared.emails.some((email) => email.id === 'spam-2/copy')).toBe(false);
  });

  it('checks every split for leakage; the time split passes', () => {
    expect(prepared.leakage.time.ok).toBe(true);
    expect(prepared.leakage.random.ok).toBe(false);
    expect(prepared.splits.time.test.map((email) => email.group)).toEqual(Array(10).fill('spam-2'));
  });

  it('measures each group’s received dates', () => {
    expect(prepared.dateOverlap.map((group) => [group.group, group.messages, group.received?.min])).toEqual([
      ['easy-ham-1', 10, '2002-07-01T12:00:00.000Z'],
      ['easy-ham-2', 10, '2002-09-01T12:00:00.000Z'],
      ['spam-1', 10, '2002-08-01T12:00:00.000Z'],
      ['spam-2', 11, '2002-10-01T12:00:00.000Z'],
    ]);
  });

  it('counts where each group landed in the time split, after deduplication', () => {
    expect(prepared.dateOverlap.map((group) => [group.group, group.timeSplit])).toEqual([
      ['easy-ham-1', { train: 10, validation: 0, test: 0 }],
      ['easy-ham-2', { train: 4, validation: 6, test: 0 }],
      ['spam-1', { train: 10, validation: 0, test: 0 }],
      // 11 messages, one removed as a copy of spam-1's.
      ['spam-2', { train: 0, validation: 0, test: 10 }],
    ]);
  });

  it('gives the same output for the same input, in any order', async () => {
    expect(await prepareData(raw.slice().reverse(), { fractions: { test: 0.25, validation: 0.2 } })).toEqual(prepared);
  });
});
