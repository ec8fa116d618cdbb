import { describe, expect, it } from 'vitest';
import type { Email, Label } from '@project/types';
import { checkLeakage, timeSplit } from './time-split';

function email(id: string, date: string | null, label: Label): Email {
  return { id, group: `${label}-1`, label, headers: {}, subject: '', from: '', date, text: id, hasHtml: false, attachments: 0, sizeBytes: 1 };
}

// 20 messages, one a day in September 2002 (m00 on the 1st … m19 on the 20th), plus one undated.
const days = Array.from({ length: 20 }, (_, i) =>
  email(`m${String(i).padStart(2, '0')}`, `2002-09-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`, i % 2 ? 'spam' : 'ham'),
);
const ids = (emails: Email[]) => emails.map((e) => e.id);
// Shuffled, as files come off a disk, with the undated message in the middle.
const shuffledCorpus = [days[7], days[19], days[0], email('undated', null, 'ham'), days[12], ...days.slice(1, 7), ...days.slice(8, 12), ...days.slice(13, 19)];

describe('timeSplit', () => {
  const split = timeSplit(shuffledCorpus, { test: 0.25, validation: 0.2 });

  it('tests on the latest quarter', () => {
    expect(ids(split.test), 'the 5 latest messages, oldest first').toEqual(['m15', 'm16', 'm17', 'm18', 'm19']);
  });

  it('validates on the end of the training period and trains on the rest', () => {
    expect(ids(split.validation), 'the last 20% of the 15 training messages').toEqual(['m12', 'm13', 'm14']);
    expect(ids(split.train), 'the 12 oldest messages, oldest first').toEqual(ids(days.slice(0, 12)));
  });

  it('leaves out the message without a date', () => {
    expect([...split.train, ...split.validation, ...split.test].map((e) => e.id), 'an undated message cannot be placed in time').not.toContain('undated');
  });

  it('passes its own leakage check', () => {
    expect(checkLeakage(split).ok, 'a time split never tests on the past').toBe(true);
  });
});

describe('checkLeakage', () => {
  it('passes a clean split and reports nothing', () => {
    const split = { train: days.slice(0, 15), validation: [], test: days.slice(15) };
    expect(checkLeakage(split, [['m00', 'm01']]), 'test is newer than training; the duplicate pair sits in train only').toEqual({ ok: true, testNotAfterTraining: 0, straddlingClusters: 0, problems: [] });
  });

  it('catches test messages older than training (seeing the future)', () => {
    const leaky = { train: days.slice(5), validation: [], test: days.slice(0, 5) };
    const report = checkLeakage(leaky);
    expect(report.ok, 'a split that tests on the past is leaky').toBe(false);
    expect(report.testNotAfterTraining, 'all 5 test messages are older than the newest training message').toBe(5);
    expect(report.problems, 'one problem, described in words').toHaveLength(1);
  });

  it('counts the validation set as training, and undated test messages as leaks', () => {
    const split = { train: days.slice(0, 10), validation: days.slice(15), test: [...days.slice(10, 15), email('undated', null, 'spam')] };
    expect(checkLeakage(split).testNotAfterTraining, 'validation goes up to the 20th, so all 6 test messages are suspect').toBe(6);
  });

  it('catches a duplicate cluster split across parts (seeing the answer)', () => {
    const split = { train: days.slice(0, 15), validation: [], test: days.slice(15) };
    const report = checkLeakage(split, [['m02', 'm17'], ['m03', 'm04'], ['m16', 'm18', 'gone']]);
    expect(report.straddlingClusters, 'only m02/m17 straddles train and test; ids not in the split are ignored').toBe(1);
    expect(report.ok, 'one straddling cluster is enough to fail').toBe(false);
    expect(report.testNotAfterTraining, 'the dates are fine').toBe(0);
  });
});
