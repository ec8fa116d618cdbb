import { describe, expect, it } from 'vitest';
import type { SampleMessage } from './artefacts';
import { readSample } from './sample-data';

const raw = (subject: string, body: string) => `From: a@example.org\r\nSubject: ${subject}\r\nContent-Type: text/plain\r\n\r\n${body}\r\n`;
const message = (id: string, date: string | null, part: 'train' | 'validation' | 'test' | null): SampleMessage => ({
  id,
  group: 'easy-ham-1',
  label: 'ham',
  date,
  splits: { time: part, random: 'train', batch: null },
  demo: false,
  raw: raw(`subject ${id}`, `body of ${id}`),
});
const sample = [
  message('b', '2002-09-02T00:00:00.000Z', 'train'),
  message('a', '2002-09-03T00:00:00.000Z', 'train'),
  message('c', '2002-09-01T00:00:00.000Z', 'test'),
  message('d', null, null),
  message('e', '2002-09-01T12:00:00.000Z', 'validation'),
];

describe('readSample', () => {
  it('reads every message of the split into its part, oldest first, and leaves out the rest', () => {
    const { emails, split } = readSample(sample);
    expect(emails.map((e) => e.id), 'd is in no part of the time split').toEqual(['b', 'a', 'c', 'e']);
    expect(split.train.map((e) => e.id), 'by date, not by id').toEqual(['b', 'a']);
    expect(split.validation.map((e) => e.id)).toEqual(['e']);
    expect(split.test.map((e) => e.id)).toEqual(['c']);
    expect(split.train[0]).toMatchObject({ subject: 'subject b', label: 'ham', group: 'easy-ham-1', date: '2002-09-02T00:00:00.000Z' });
    expect(split.train[0].text.trim(), 'the body, read as the filter reads it').toBe('body of b');
  });

  it('reads only the parts asked for, of the split asked for', () => {
    expect(readSample(sample, 'time', ['test']).emails.map((e) => e.id)).toEqual(['c']);
    expect(readSample(sample, 'random').split.train.map((e) => e.id)).toHaveLength(5);
  });

  it('tokenizes each message once', () => {
    const { split, tokensOf } = readSample(sample);
    const tokens = tokensOf(split.test[0]);
    expect(tokens).toContain('subject:subject');
    expect(tokensOf(split.test[0]), 'the same array, remembered').toBe(tokens);
  });
});
