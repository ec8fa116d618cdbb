import { describe, expect, it } from 'vitest';
import { HAM, rawEmail, SPAM, toyModelFile } from './fixtures/toy-model';
import { ModelFileError } from './model-file';
import {
  EmptyMessageError,
  MessageTooLargeError,
  NotAnEmailError,
  SpamFilter,
  SpamFilterError,
  type LogEntry,
} from './spam-filter';

function filterWithLog(maxMessageBytes?: number) {
  const log: LogEntry[] = [];
  const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: (entry) => log.push(entry), maxMessageBytes });
  return { filter, log };
}

describe('SpamFilter', () => {
  it('classifies raw messages with a score, the threshold and reasons', () => {
    const { filter } = filterWithLog();
    const spam = filter.classify(SPAM);
    expect(spam.label).toBe('spam');
    expect(spam.score).toBeGreaterThan(0.5);
    expect(spam.threshold).toBe(0.5);
    expect(spam.reasons.length).toBeGreaterThan(0);
    expect(spam.reasons.length).toBeLessThanOrEqual(5);
    expect(spam.reasons[0].weight).toBeGreaterThan(0);
    expect(filter.classify(HAM).label).toBe('ham');
  });

  it('decodes base64 and quoted-printable text parts', () => {
    const { filter } = filterWithLog();
    const base64 = rawEmail('hello', btoa('free cash prize, win free money now'), 'Content-Transfer-Encoding: base64\r\n');
    expect(filter.classify(base64).label).toBe('spam');
    const multipart = rawEmail(
      'hello',
      '--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
        'agenda=20and notes for the Monday meet=\r\ning\r\n--b1--',
      'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n',
    );
    expect(filter.classify(multipart).label).toBe('ham');
  });

  it.each([
    ['empty', '', EmptyMessageError, 'empty_message'],
    ['whitespace only', ' \r\n\t ', EmptyMessageError, 'empty_message'],
    ['plain text, not an email', 'hello, is this spam?', NotAnEmailError, 'not_an_email'],
    ['binary junk', '\u0000\u0001\u0002 PNG', NotAnEmailError, 'not_an_email'],
  ])('rejects %s input', (_name, raw, errorClass, code) => {
    const { filter } = filterWithLog();
    expect(() => filter.classify(raw)).toThrow(errorClass);
    try {
      filter.classify(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(SpamFilterError);
      expect((error as SpamFilterError).code).toBe(code);
    }
  });

  it('rejects messages over the size limit, counting UTF-8 bytes', () => {
    const { filter } = filterWithLog(200);
    const oversized = rawEmail('big', 'é'.repeat(100)); // 100 characters but 200 bytes of body
    expect(() => filter.classify(oversized)).toThrow(MessageTooLargeError);
    expect(() => filter.classify(oversized)).toThrow(expect.objectContaining({ code: 'message_too_large' }));
  });

  it('logs id, size, latency and label, never content', () => {
    const { filter, log } = filterWithLog();
    filter.classify(SPAM, 'req-1');
    expect(() => filter.classify('just text')).toThrow();
    expect(log[0]).toMatchObject({ event: 'classified', id: 'req-1', sizeBytes: SPAM.length, label: 'spam' });
    expect(log[1]).toMatchObject({ event: 'rejected', code: 'not_an_email' });
    expect(Object.keys(log[0]).sort()).toEqual(['event', 'id', 'label', 'latencyMs', 'sizeBytes']);
    const logged = JSON.stringify(log).toLowerCase();
    for (const word of ['free', 'money', 'click', 'someone', 'example', 'just text']) expect(logged).not.toContain(word);
  });

  it('logs an unexpected failure by the error’s class name only', () => {
    const { filter, log } = filterWithLog();
    expect(() => filter.classify(42 as unknown as string, 'req-9')).toThrow(TypeError);
    expect(log).toEqual([{ event: 'failed', id: 'req-9', sizeBytes: 0, latencyMs: expect.any(Number), error: 'TypeError' }]);
  });

  it('classifies a batch, reporting refused messages in place', () => {
    const { filter } = filterWithLog();
    const results = filter.classifyBatch([SPAM, '', HAM]);
    expect(results.map((r) => (r.ok ? r.classification.label : r.error.code))).toEqual(['spam', 'empty_message', 'ham']);
  });

  it('refuses an invalid model file with a clear message', () => {
    const future = { ...toyModelFile(), schemaVersion: 2, threshold: 'high' };
    expect(() => SpamFilter.fromModelFile(future)).toThrow(ModelFileError);
    expect(() => SpamFilter.fromModelFile(future)).toThrow(/schemaVersion: .*version 1.*; threshold: /);
    const mismatched = { ...toyModelFile(), parameters: { bias: 0, weights: [1] } };
    expect(() => SpamFilter.fromModelFile(mismatched)).toThrow(/parameters\.weights: must have one weight per vocabulary token/);
    expect(() => SpamFilter.fromModelFile('{not json')).toThrow(/not JSON/);
    expect(SpamFilter.fromModelFile(JSON.stringify(toyModelFile())).modelVersion).toBe('toy-1');
  });
});
