/**
 * The `console` learner code sees: formats arguments the way Node's console does (objects
 * pretty-printed), reports each call as a `console` event, and stops reporting past a budget of
 * lines and characters, so a print in a tight loop cannot flood the page.
 */
import { format } from '@vitest/utils/display';
import type { RunEvent } from './protocol';

const CONSOLE_LIMITS = { lines: 200, characters: 20_000 };

// loupe, which formats like Node's `util.inspect`, writes zero as `+0`; Node writes `0`.
const POSITIVE_ZERO = /(^|[\s[(:,])\+0(?=[,\s\])}]|$)/g;

type Level = 'log' | 'info' | 'warn' | 'error';

export interface CapturedConsole {
  console: Console;
  /** True once something was dropped. */
  readonly truncated: boolean;
  /** Stops reporting: code left running after its run (a timer) prints nowhere. */
  close(): void;
}

export function captureConsole(emit: (event: RunEvent) => void): CapturedConsole {
  let lines = 0;
  let characters = 0;
  let truncated = false;
  let open = true;

  const write = (level: Level, args: unknown[]) => {
    if (!open) return;
    if (lines >= CONSOLE_LIMITS.lines || characters >= CONSOLE_LIMITS.characters) {
      truncated = true;
      return;
    }
    let text = format(...args).replace(POSITIVE_ZERO, (_, before: string) => `${before}0`);
    const room = CONSOLE_LIMITS.characters - characters;
    if (text.length > room) {
      text = `${text.slice(0, room)}…`;
      truncated = true;
    }
    const newlines = text.split('\n').length;
    lines += newlines;
    characters += text.length;
    emit({ type: 'console', level, text });
  };

  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const captured = {
    log: (...args: unknown[]) => write('log', args),
    info: (...args: unknown[]) => write('info', args),
    debug: (...args: unknown[]) => write('log', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    trace: (...args: unknown[]) => write('log', args),
    dir: (value: unknown) => write('log', [value]),
    table: (value: unknown) => write('log', [value]),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) write('error', ['Assertion failed', ...args]);
    },
    count: (label = 'default') => {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      write('log', [`${label}: ${count}`]);
    },
    countReset: (label = 'default') => void counts.delete(label),
    time: (label = 'default') => void timers.set(label, performance.now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const started = timers.get(label);
      if (started !== undefined) write('log', [`${label}: ${(performance.now() - started).toFixed(3)}ms`, ...args]);
    },
    timeEnd: (label = 'default') => {
      captured.timeLog(label);
      timers.delete(label);
    },
    group: (...args: unknown[]) => args.length > 0 && write('log', args),
    groupCollapsed: (...args: unknown[]) => args.length > 0 && write('log', args),
    groupEnd: () => {},
  };

  return {
    console: captured as unknown as Console,
    get truncated() {
      return truncated;
    },
    close() {
      open = false;
    },
  };
}
