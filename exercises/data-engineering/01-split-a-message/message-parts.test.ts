import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { splitMessage } from './message-parts';

const messages = sample;

describe('splitMessage', () => {
  it('cuts a small message at its empty line', () => {
    const parts = splitMessage('From: ana@example.com\nSubject: Lunch\n\nSee you at noon.\n');
    expect(parts.headerBlock, 'the two header lines, without the line break after them').toBe('From: ana@example.com\nSubject: Lunch');
    expect(parts.body, 'everything after the empty line, unchanged').toBe('See you at noon.\n');
  });

  it('keeps the empty lines inside the body', () => {
    const parts = splitMessage('Subject: Notes\n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(parts.body, 'only the FIRST empty line separates; later ones belong to the body').toBe('First paragraph.\n\nSecond paragraph.\n');
  });

  it('handles Windows line endings (\\r\\n)', () => {
    const parts = splitMessage('From: cy@example.com\r\nSubject: Minutes\r\n\r\nHi all\r\n');
    expect(parts.headerBlock, 'no stray \\r at the end of the header block').toBe('From: cy@example.com\r\nSubject: Minutes');
    expect(parts.body, 'the body starts right after the \\r\\n\\r\\n').toBe('Hi all\r\n');
  });

  it('treats a message without an empty line as all headers', () => {
    const parts = splitMessage('From: dee@example.com\nSubject: (no body)');
    expect(parts.headerBlock, 'the whole message, since nothing says where headers end').toBe('From: dee@example.com\nSubject: (no body)');
    expect(parts.body, 'no empty line, no body').toBe('');
  });

  it('keeps the empty lines a body starts with', () => {
    const parts = splitMessage('Subject: Spaced\n\n\n\nBody after three empty lines\n');
    expect(parts.body, 'only one empty line separates; the body begins with the other two').toBe('\n\nBody after three empty lines\n');
  });

  it('leaves the body\'s own line endings alone', () => {
    const parts = splitMessage('From: cy@example.com\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n');
    expect(parts.body, 'the \\r\\n\\r\\n between the paragraphs stays as it was').toBe('First paragraph.\r\n\r\nSecond paragraph.\r\n');
  });

  it('finds the FIRST empty line whatever its line endings', () => {
    expect(splitMessage('Subject: a\r\n\nbody').body, 'sloppy mail: "\\r\\n\\n" is an empty line too').toBe('body');
    expect(splitMessage('Subject: a\n\r\nbody').body, 'and so is "\\n\\r\\n"').toBe('body');
    const unixHeadersWindowsBody = splitMessage('Subject: a\n\nline one\r\n\r\nline two');
    expect(unixHeadersWindowsBody.headerBlock, 'a \\n\\n comes first here, even though the body has a \\r\\n\\r\\n later').toBe('Subject: a');
    expect(unixHeadersWindowsBody.body).toBe('line one\r\n\r\nline two');
  });

  it('does not take a line of spaces for the empty line', () => {
    // A line holding only whitespace continues the field above it (it is folding), it does not end the headers.
    const parts = splitMessage('Subject: a\n   \nX-Note: b\n\nbody');
    expect(parts.headerBlock, 'the whitespace-only line belongs to the header block').toBe('Subject: a\n   \nX-Note: b');
    expect(parts.body).toBe('body');
  });

  it('handles the smallest messages', () => {
    expect(splitMessage(''), 'an empty message').toEqual({ headerBlock: '', body: '' });
    expect(splitMessage('Subject: a\n\n'), 'headers, the empty line and nothing after it').toEqual({ headerBlock: 'Subject: a', body: '' });
  });

  it('does not treat a body line that looks like a header as a header', () => {
    const parts = splitMessage('From: eve@example.com\n\nSubject: this line is in the body\n');
    expect(parts.headerBlock, 'the header block stops at the empty line').toBe('From: eve@example.com');
    expect(parts.body).toBe('Subject: this line is in the body\n');
  });

  it(`splits every real message of the sample (${messages.length}) without losing a byte`, () => {
    for (const message of messages) {
      const { headerBlock, body } = splitMessage(message.raw);
      expect(/\r?\n\r?\n/.test(headerBlock), `${message.id}: the header block has no empty line inside`).toBe(false);
      expect(message.raw.startsWith(headerBlock), `${message.id}: the header block is the start of the message`).toBe(true);
      expect(message.raw.endsWith(body), `${message.id}: the body is the end of the message`).toBe(true);
      const separator = message.raw.slice(headerBlock.length, message.raw.length - body.length);
      expect(['', '\n\n', '\r\n\r\n', '\n\r\n', '\r\n\n'], `${message.id}: only the empty line is left between them`).toContain(separator);
      if (separator === '') expect(body, `${message.id}: no empty line, so no body`).toBe('');
    }
  });

  it('keeps up with the whole corpus: 20,000 messages in well under 2 seconds', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => messages[i % messages.length].raw);
    const started = performance.now();
    for (const raw of many) splitMessage(raw);
    expect(performance.now() - started, 'milliseconds for 20,000 real messages').toBeLessThan(2000);
  });
});
