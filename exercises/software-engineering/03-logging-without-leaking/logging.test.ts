import { describe, expect, it } from 'vitest';
import { tinyModelFile } from '@project/fixtures/tiny-model';
import { SpamFilter, SpamFilterError } from '@project/spam-filter';
import { jsonLogger, logLine, type LogEntry, type Logger } from './logging';

const NOON = new Date('2024-05-01T12:00:00.000Z');

/** A word nobody writes: if it shows up in a log line, content leaked. */
const MARKER = 'qx7marker';

describe('logLine: the shape of a line', () => {
  it('writes a classification as time, level, event, id, size, latency and label, in that order', () => {
    const line = logLine({ event: 'classified', id: 'req-1', sizeBytes: 812, latencyMs: 0.25, label: 'spam' }, NOON);
    expect(line).toBe('{"time":"2024-05-01T12:00:00.000Z","level":"info","event":"classified","id":"req-1","sizeBytes":812,"latencyMs":0.25,"label":"spam"}');
  });

  it('writes a refusal at level warn, with its code', () => {
    const line = logLine({ event: 'rejected', id: 'req-2', sizeBytes: 0, latencyMs: 0.01, code: 'empty_message' }, NOON);
    expect(line).toBe('{"time":"2024-05-01T12:00:00.000Z","level":"warn","event":"rejected","id":"req-2","sizeBytes":0,"latencyMs":0.01,"code":"empty_message"}');
  });

  it('writes an unexpected failure at level error, with the error’s name', () => {
    const line = logLine({ event: 'failed', id: 'req-3', sizeBytes: 9, latencyMs: 3, error: 'TypeError' }, new Date('2030-01-02T03:04:05.678Z'));
    expect(line).toBe('{"time":"2030-01-02T03:04:05.678Z","level":"error","event":"failed","id":"req-3","sizeBytes":9,"latencyMs":3,"error":"TypeError"}');
  });

  it('rounds the latency to the microsecond (3 decimals of a millisecond)', () => {
    const latency = (latencyMs: number) => JSON.parse(logLine({ event: 'classified', id: 'x', sizeBytes: 1, latencyMs, label: 'ham' }, NOON)).latencyMs;
    expect(latency(0.1234567), '0.1234567 ms').toBe(0.123);
    expect(latency(12.3456), '12.3456 ms').toBe(12.346);
    expect(latency(0.0004), '0.0004 ms').toBe(0);
  });

  it('keeps one entry on one line, whatever the id holds', () => {
    const line = logLine({ event: 'classified', id: 'a"\nb', sizeBytes: 1, latencyMs: 1, label: 'ham' }, NOON);
    expect(line.includes('\n'), 'a newline in the id must not split the line').toBe(false);
    expect(JSON.parse(line).id).toBe('a"\nb');
  });
});

describe('logLine: nothing but the allowed fields', () => {
  it('drops what a careless caller spreads into an entry, without changing the caller’s object', () => {
    // TypeScript does not object: extra properties that come in through a spread are not checked.
    const classification = { label: 'spam' as const, score: 0.98, threshold: 0.5, reasons: [{ token: MARKER, weight: 3 }] };
    const entry = { ...classification, subject: `Win ${MARKER}`, event: 'classified' as const, id: 'req-4', sizeBytes: 10, latencyMs: 1 };
    const line = logLine(entry, NOON);
    expect(line, 'the reasons and the subject are words of the message').not.toContain(MARKER);
    expect(Object.keys(JSON.parse(line))).toEqual(['time', 'level', 'event', 'id', 'sizeBytes', 'latencyMs', 'label']);
    expect(entry.subject, 'the caller’s object is left as it was').toBe(`Win ${MARKER}`);
    expect(entry.reasons).toHaveLength(1);
  });

  it('writes a refusal’s code but never its message, and a failure’s name but never its message', () => {
    const rejected = { event: 'rejected' as const, id: 'r', sizeBytes: 1, latencyMs: 1, code: 'not_an_email' as const, message: `could not read ${MARKER}` };
    const failed = { event: 'failed' as const, id: 'f', sizeBytes: 1, latencyMs: 1, error: 'SyntaxError', stack: `at parse (${MARKER})` };
    expect(Object.keys(JSON.parse(logLine(rejected, NOON)))).toEqual(['time', 'level', 'event', 'id', 'sizeBytes', 'latencyMs', 'code']);
    expect(Object.keys(JSON.parse(logLine(failed, NOON)))).toEqual(['time', 'level', 'event', 'id', 'sizeBytes', 'latencyMs', 'error']);
    expect(logLine(rejected, NOON) + logLine(failed, NOON)).not.toContain(MARKER);
  });
});

describe('the marker never reaches the logs', () => {
  // A model that knows the marker, so it becomes one of the reasons of every decision.
  const model = tinyModelFile({ [MARKER]: 4, cash: 1 });
  const carrying = [
    ['the subject', `From: ana@example.com\r\nSubject: ${MARKER}\r\n\r\nhello\r\n`],
    ['the body', `From: ana@example.com\r\nSubject: hello\r\n\r\ncash ${MARKER} cash\r\n`],
    ['the sender', `From: ${MARKER} <${MARKER}@example.com>\r\nSubject: hello\r\n\r\nhello\r\n`],
    ['a header of its own', `From: ana@example.com\r\nX-Campaign: ${MARKER}\r\nSubject: hi\r\n\r\nhello\r\n`],
    ['a base64 body', `From: ana@example.com\r\nSubject: hi\r\nContent-Transfer-Encoding: base64\r\n\r\n${btoa(`${MARKER} ${MARKER}`)}\r\n`],
    ['a text that is not an email', `just ${MARKER}, no headers`],
    ['a message over the size limit', `Subject: ${MARKER}\r\n\r\n${'x'.repeat(600)}`],
  ] as const;

  it.each(carrying)('with the marker in %s: one JSON line, with id and latency, without the marker', (_where, raw) => {
    const lines: string[] = [];
    const filter = SpamFilter.fromModelFile(model, { logger: jsonLogger((line) => lines.push(line), () => NOON), maxMessageBytes: 500 });
    try {
      filter.classify(raw, 'req-7');
    } catch (error) {
      if (!(error instanceof SpamFilterError)) throw error;
    }
    expect(lines, 'one line per message').toHaveLength(1);
    expect(lines[0]).not.toContain(MARKER);
    expect(JSON.parse(lines[0]), 'a JSON object with the request id').toMatchObject({ time: NOON.toISOString(), id: 'req-7', latencyMs: expect.any(Number) });
  });

  it('even through a caller that logs whole classifications', () => {
    const lines: string[] = [];
    const logger: Logger = jsonLogger((line) => lines.push(line), () => NOON);
    const filter = SpamFilter.fromModelFile(model, { logger: () => {} });
    for (const [, raw] of carrying.slice(0, 5)) {
      const started = performance.now();
      const result = filter.classify(raw);
      logger({ ...result, raw, event: 'classified', id: 'req-8', sizeBytes: raw.length, latencyMs: performance.now() - started } as LogEntry);
    }
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).not.toContain(MARKER);
  });
});
