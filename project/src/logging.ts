import type { Label } from './types';

/** The errors the filter refuses input with; `code` is what logs and HTTP responses carry. */
export type RefusalCode = 'empty_message' | 'message_too_large' | 'not_an_email';

/**
 * What the filter logs about one message. Never its content (not even its subject or its
 * tokens): an id, a size, a time and a decision are enough to debug with, and leak nothing.
 */
export type LogEntry =
  | { event: 'classified'; id: string; sizeBytes: number; latencyMs: number; label: Label }
  | { event: 'rejected'; id: string; sizeBytes: number; latencyMs: number; code: RefusalCode }
  /** An unexpected failure: only the error's class name, because its message may quote the input. */
  | { event: 'failed'; id: string; sizeBytes: number; latencyMs: number; error: string };

export type Logger = (entry: LogEntry) => void;

export type LogLevel = 'info' | 'warn' | 'error';

const LEVELS: Record<LogEntry['event'], LogLevel> = { classified: 'info', rejected: 'warn', failed: 'error' };

/**
 * The fields each event may write, in the order they are written. An allowlist, not a denylist:
 * TypeScript does not stop `{ ...classification, event: 'classified', … }` from carrying the
 * message's tokens in at run time, so the logger copies only what it knows to be safe.
 */
const FIELDS: Record<LogEntry['event'], readonly string[]> = {
  classified: ['id', 'sizeBytes', 'latencyMs', 'label'],
  rejected: ['id', 'sizeBytes', 'latencyMs', 'code'],
  failed: ['id', 'sizeBytes', 'latencyMs', 'error'],
};

/**
 * One log entry as one line of JSON: `time`, `level` and `event` first, then the event's own
 * fields and nothing else, with the latency rounded to the microsecond.
 */
export function logLine(entry: LogEntry, time: Date): string {
  const line: Record<string, unknown> = { time: time.toISOString(), level: LEVELS[entry.event], event: entry.event };
  const fields = entry as unknown as Record<string, unknown>;
  for (const field of FIELDS[entry.event]) line[field] = fields[field];
  line.latencyMs = Math.round(entry.latencyMs * 1000) / 1000;
  return JSON.stringify(line);
}

/** A logger that writes one JSON line per entry (stdout by default), the format log collectors read. */
export function jsonLogger(write: (line: string) => void = console.log, clock: () => Date = () => new Date()): Logger {
  return (entry) => write(logLine(entry, clock()));
}

export const silentLogger: Logger = () => {};
