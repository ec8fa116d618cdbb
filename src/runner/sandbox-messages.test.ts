import { describe, expect, it } from 'vitest';
import { parseSandboxMessage } from './sandbox-messages';

const tableEvent = (rows: unknown[]) => ({ kind: 'event', runId: 'run-1', event: { type: 'display', kind: 'table', rows } });

describe('messages from the sandbox', () => {
  it('accepts a well-formed table of JSON values', () => {
    const result = parseSandboxMessage(tableEvent([{ word: 'free', count: 3, seen: true, tags: ['a'], extra: null }]));
    expect(result).toEqual({ ok: true, message: tableEvent([{ word: 'free', count: 3, seen: true, tags: ['a'], extra: null }]) });
  });

  it('refuses a table row holding a BigInt, saying why', () => {
    const result = parseSandboxMessage(tableEvent([{ count: 3n }]));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/not JSON: .*BigInt/) });
  });

  it('refuses a table row holding a circular object, saying why', () => {
    const row: Record<string, unknown> = { word: 'free' };
    row.self = row;
    expect(parseSandboxMessage(tableEvent([row]))).toEqual({ ok: false, reason: expect.stringMatching(/circular/i) });
  });

  it('refuses values JSON cannot carry as they are, deep in a row', () => {
    for (const value of [new Date(0), new Map(), NaN, Infinity, undefined, new Uint8Array(2), /x/]) {
      expect(parseSandboxMessage(tableEvent([{ nested: [{ value }] }])).ok, String(value)).toBe(false);
    }
  });

  it('accepts a Markdown document, and refuses one that is not text', () => {
    const markdown = { kind: 'event', runId: 'run-1', event: { type: 'display', kind: 'markdown', title: 'Model card', markdown: '# Model card\n\n| a | b |\n| - | - |' } };
    expect(parseSandboxMessage(markdown)).toEqual({ ok: true, message: markdown });
    expect(parseSandboxMessage({ ...markdown, event: { ...markdown.event, markdown: { html: '<script>' } } }).ok).toBe(false);
  });

  it('refuses a message of another shape', () => {
    expect(parseSandboxMessage({ kind: 'outcome', runId: 'run-1', outcome: { status: 'finished', passed: '3' } }).ok).toBe(false);
    expect(parseSandboxMessage('ready').ok).toBe(false);
  });
});
