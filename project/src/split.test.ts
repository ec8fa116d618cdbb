import { describe, expect, it } from 'vitest';
import { assertNoLeakage, batchSplit, checkLeakage, randomSplit, timeSplit } from './split';
import type { Email, Label } from './types';

function email(id: string, date: string | null, label: Label, group = `${label === 'spam' ? 'spam' : 'easy-ham'}-1`): Email {
  return { id, group, label, headers: {}, subject: '', from: '', date, text: id, hasHtml: false, attachments: 0, sizeBytes: 1 };
}

// 20 messages, one a day in September 2002, alternating labels, plus one without a date.
const days = Array.from({ length: 20 }, (_, i) =>
  email(`m${String(i).padStart(2, '0')}`, `2002-09-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`, i % 2 ? 'spam' : 'ham'),
);
const corpus = [...days, email('undated', null, 'ham')];
const ids = (emails: Email[]) => emails.map((e) => e.id);

describe('timeSplit', () => {
  const split = timeSplit(corpus, { test: 0.25, validation: 0.2 });

  it('tests on the latest period and validates on the end of the training period', () => {
    expect(ids(split.test)).toEqual(['m15', 'm16', 'm17', 'm18', 'm19']);
    expect(ids(split.validation)).toEqual(['m12', 'm13', 'm14']);
    expect(split.train).toHaveLength(12);
  });

  it('leaves out messages without a date, and passes the leakage check', () => {
    expect([...split.train, ...split.validation, ...split.test].some((e) => e.id === 'undated')).toBe(false);
    expect(checkLeakage(split)).toEqual({ ok: true, testNotAfterTraining: 0, straddlingClusters: 0, problems: [] });
    expect(() => assertNoLeakage(split, [['m00', 'm01']])).not.toThrow();
  });
});

describe('checkLeakage', () => {
  it('rejects a split whose test set is older than its training set', () => {
    const leaky = { train: days.slice(5), validation: [], test: days.slice(0, 5) };
    expect(checkLeakage(leaky)).toMatchObject({ ok: false, testNotAfterTraining: 5 });
    expect(() => assertNoLeakage(leaky)).toThrow(/Leaky split: 5 test messages are not dated after/);
  });

  it('rejects a split with a duplicate cluster on both sides', () => {
    const split = timeSplit(days, { test: 0.25, validation: 0 });
    const report = checkLeakage(split, [['m02', 'm17'], ['m03', 'm04']]);
    expect(report).toMatchObject({ ok: false, testNotAfterTraining: 0, straddlingClusters: 1 });
    expect(() => assertNoLeakage(split, [['m02', 'm17']])).toThrow(/1 duplicate clusters span more than one part, e.g. m02, m17/);
  });
});

describe('randomSplit', () => {
  it('is seeded, keeps the label mix in every part and ignores input order', () => {
    const split = randomSplit(days, 7, { test: 0.2, validation: 0.25 });
    expect(randomSplit(days.slice().reverse(), 7, { test: 0.2, validation: 0.25 })).toEqual(split);
    expect(randomSplit(days, 8, { test: 0.2, validation: 0.25 })).not.toEqual(split);
    for (const part of [split.train, split.validation, split.test]) {
      expect(part.filter((e) => e.label === 'spam').length).toBe(part.length / 2);
    }
    expect(split.test).toHaveLength(4);
  });
});

describe('batchSplit', () => {
  it('trains on the -1 groups and tests on the -2 groups', () => {
    const emails = [
      ...days,
      email('h2', '2002-07-01T00:00:00.000Z', 'ham', 'easy-ham-2'),
      email('s2', '2002-07-01T00:00:00.000Z', 'spam', 'spam-2'),
      email('hard', '2002-07-01T00:00:00.000Z', 'ham', 'hard-ham-1'),
    ];
    const split = batchSplit(emails, 1, { test: 0.2, validation: 0.1 });
    expect(ids(split.test)).toEqual(['h2', 's2']);
    expect(split.train.length + split.validation.length).toBe(21);
    expect(split.validation).toHaveLength(2);
  });
});
