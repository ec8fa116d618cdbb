import { describe, expect, it } from 'vitest';
import { rawEmail, toyModelFile } from './fixtures/toy-model';
import { jsonLogger, logLine, type LogEntry } from './logging';
import { SpamFilter } from './spam-filter';

const NOON = new Date('2024-05-01T12:00:00.000Z');

describe('logLine', () => {
  it('writes time, level and event first, then the event’s own fields, latency to the microsecond', () => {
    expect(logLine({ event: 'classified', id: 'req-1', sizeBytes: 812, latencyMs: 0.1234567, label: 'spam' }, NOON)).toBe(
      '{"time":"2024-05-01T12:00:00.000Z","level":"info","event":"classified","id":"req-1","sizeBytes":812,"latencyMs":0.123,"label":"spam"}',
    );
    expect(JSON.parse(logLine({ event: 'rejected', id: 'r', sizeBytes: 0, latencyMs: 0.01, code: 'empty_message' }, NOON))).toMatchObject({ level: 'warn', code: 'empty_message' });
    expect(JSON.parse(logLine({ event: 'failed', id: 'f', sizeBytes: 5, latencyMs: 2, error: 'TypeError' }, NOON))).toMatchObject({ level: 'error', error: 'TypeError' });
  });

  it('drops fields an entry carries at run time beyond its event’s own', () => {
    const careless = { ...{ reasons: [{ token: 'secret-marker', weight: 2 }], subject: 'secret-marker' }, event: 'classified', id: 'x', sizeBytes: 1, latencyMs: 1, label: 'ham' } as LogEntry;
    const line = logLine(careless, NOON);
    expect(line).not.toContain('secret-marker');
    expect(Object.keys(JSON.parse(line))).toEqual(['time', 'level', 'event', 'id', 'sizeBytes', 'latencyMs', 'label']);
  });

  it('keeps one entry on one line whatever the id holds', () => {
    expect(logLine({ event: 'classified', id: 'a\nb', sizeBytes: 1, latencyMs: 1, label: 'ham' }, NOON)).not.toContain('\n');
  });
});

describe('jsonLogger', () => {
  it('writes one line per entry through the SpamFilter, and no word of the message', () => {
    const lines: string[] = [];
    const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: jsonLogger((line) => lines.push(line), () => NOON) });
    filter.classify(rawEmail('zebrafish-marker', 'free cash zebrafish-marker'), 'req-7');
    expect(() => filter.classify('zebrafish-marker')).toThrow();
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('zebrafish');
    expect(JSON.parse(lines[0])).toMatchObject({ time: NOON.toISOString(), event: 'classified', id: 'req-7' });
  });
});
