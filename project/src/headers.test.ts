import { describe, expect, it } from 'vitest';
import { FOLDED_HEADERS } from '../fixtures/messages';
import { firstHeader, parseHeaders } from './headers';

describe('parseHeaders', () => {
  const headers = parseHeaders(FOLDED_HEADERS);

  it('unfolds continuation lines, keeping their whitespace', () => {
    expect(headers['subject']).toEqual(['Re: New Sequences  Window']);
  });

  it('keeps repeated fields in order, topmost first', () => {
    expect(headers['received']).toHaveLength(2);
    expect(headers['received'][0]).toBe(
      'from phobos [127.0.0.1]\tby localhost with IMAP (fetchmail-5.9.0)\tfor jm@localhost (single-drop); Thu, 22 Aug 2002 12:36:16 +0100 (IST)',
    );
    expect(headers['received'][1]).toMatch(/^from listman/);
  });

  it('lower-cases names, skips the mbox From line and stops at the first empty line', () => {
    expect(Object.keys(headers)).toEqual(['return-path', 'received', 'from', 'subject', 'date']);
    expect(firstHeader(headers, 'from')).toBe('=?iso-8859-1?Q?Ren=E9?= <rene@example.org>');
    expect(firstHeader(headers, 'x-missing')).toBe('');
  });

  it('tolerates junk: CRLF, stray continuation lines, lines without a colon, odd names', () => {
    const junk = parseHeaders('  orphan continuation\r\nSubject : spaced\r\nthis is not a header\r\n__proto__: x\r\nX-A: 1\r\n\r\nX-B: body');
    expect(Object.entries(junk)).toEqual([['subject', ['spaced']], ['__proto__', ['x']], ['x-a', ['1']]]);
    expect(Object.getPrototypeOf(junk)).toBe(Object.prototype);
  });
});
