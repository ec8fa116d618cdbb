import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { firstHeader, parseHeaders } from './headers';

const messages = sample;

/**
 * Milliseconds per call of `run`, timed over rounds of at least 100 ms (calls repeated until
 * then): the best of three rounds, the one least disturbed by whatever else the machine is
 * doing. Stops early once a round takes over 3 seconds.
 */
function msPerCall(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 100);
    best = Math.min(best, elapsed / calls);
    if (elapsed > 3000) break;
  }
  return best;
}

// The start of a real ham message from the corpus (easy-ham-1), shortened.
const REAL = [
  'From rssfeeds@jmason.org  Tue Oct  1 10:36:27 2002',
  'Return-Path: <rssfeeds@example.com>',
  'Received: from localhost (jalapeno [127.0.0.1])',
  '\tby jmason.org (Postfix) with ESMTP id 5D12216F16',
  '\tfor <jm@localhost>; Tue,  1 Oct 2002 10:36:27 +0100 (IST)',
  'Received: from dogma.slashnull.org [212.17.35.15]',
  '\tby localhost with IMAP (fetchmail-5.9.0)',
  'Subject: Re: Wanted: a simple',
  '  RSS reader',
  'Date: 01 Oct 2002 08:00:09 -0000',
  '',
  'Subject: not a header, this is the body',
].join('\n');

describe('parseHeaders', () => {
  it('unfolds a folded field: the line break goes, the whitespace stays', () => {
    expect(parseHeaders(REAL)['subject'], 'both lines of the Subject, joined').toEqual(['Re: Wanted: a simple  RSS reader']);
    expect(parseHeaders('Subject: Hello   \n\tworld\n\nbody')['subject'], 'the spaces at the end of the first line stay too: only the edges of the whole value are trimmed').toEqual([
      'Hello   \tworld',
    ]);
  });

  it('keeps every Received field, topmost first', () => {
    expect(parseHeaders(REAL)['received'], 'two Received fields, each unfolded').toEqual([
      'from localhost (jalapeno [127.0.0.1])\tby jmason.org (Postfix) with ESMTP id 5D12216F16\tfor <jm@localhost>; Tue,  1 Oct 2002 10:36:27 +0100 (IST)',
      'from dogma.slashnull.org [212.17.35.15]\tby localhost with IMAP (fetchmail-5.9.0)',
    ]);
  });

  it('puts a continuation line on the value above it, even when that field name came earlier', () => {
    const headers = parseHeaders('X-Tag: one\nX-Tag: two\n  and more\nX-Tag: three\n\n');
    expect(headers['x-tag'], '"and more" continues the second X-Tag, not the first').toEqual(['one', 'two  and more', 'three']);
  });

  it('lower-cases names and skips the mbox "From " line', () => {
    expect(Object.keys(parseHeaders(REAL)), 'field names, lower-cased, in order of first appearance; no "from rssfeeds…" key').toEqual([
      'return-path',
      'received',
      'subject',
      'date',
    ]);
  });

  it('stops at the first empty line', () => {
    expect(parseHeaders(REAL)['subject'], 'the "Subject:" line in the body is not a second Subject').toHaveLength(1);
  });

  it('does not end the headers at a line of spaces: that line is a (blank) continuation', () => {
    const headers = parseHeaders('Subject: hello\n   \nX-Mailer: Pine\n\nX-Body: no');
    expect(headers, 'X-Mailer comes after the line of spaces, so it is still a header; X-Body is in the body').toEqual({ subject: ['hello'], 'x-mailer': ['Pine'] });
  });

  it('reads Windows line endings and tolerates junk lines', () => {
    const junk = parseHeaders('  orphan continuation\r\nSubject : spaced out\r\nthis is not a header\r\nX-Mailer: Outlook\r\n\tExpress\r\n\r\nX-Body: no');
    expect(junk, 'junk lines dropped, no \\r left in values, a space before the colon allowed').toEqual({
      subject: ['spaced out'],
      'x-mailer': ['Outlook\tExpress'],
    });
  });

  it('after a junk line, a continuation has no field to continue', () => {
    const headers = parseHeaders('Subject: Cheap meds\n>>> this line is junk\n  and so is its continuation\nTo: ana@example.com\n\n');
    expect(headers, 'the Subject stays as it was; the junk and its continuation are skipped').toEqual({ subject: ['Cheap meds'], to: ['ana@example.com'] });
  });

  it('trims the values', () => {
    expect(parseHeaders('To:    ben@example.com   \n\nhi')['to'], 'no spaces around the value').toEqual(['ben@example.com']);
  });

  it('keeps values exactly as written, apart from unfolding and trimming', () => {
    expect(parseHeaders('Subject: RE: Your ORDER #123: Ready\n\n')['subject'], 'case and colons inside the value stay').toEqual(['RE: Your ORDER #123: Ready']);
  });

  it('survives fields called __proto__ or constructor (hostile mail)', () => {
    const headers = parseHeaders('__proto__: polluted\nconstructor: x\nSubject: fine\n\n');
    expect(Object.keys(headers), 'each is an ordinary key of the result').toEqual(['__proto__', 'constructor', 'subject']);
    expect(headers['__proto__'], 'the value of the field named __proto__').toEqual(['polluted']);
    expect(Object.getPrototypeOf(headers), 'the result is still an ordinary object').toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted'], 'no other object changed').toBeUndefined();
  });

  it('grows linearly on a hostile header block: 16 times the lines take less than 80 times as long', () => {
    const block = (fields: number) => [...Array.from({ length: fields }, (_, i) => `Received: from relay${i}.example.com`), 'Subject: start', ...Array.from({ length: fields }, () => ' more'), '', 'body'].join('\n');
    const [small, large] = [block(1_000), block(16_000)];
    const headers = parseHeaders(large);
    expect(headers['received']?.length, 'every one of the 16,000 Received fields').toBe(16_000);
    expect(headers['subject']?.[0].length, 'the Subject, unfolded over 16,000 lines').toBe('start'.length + 16_000 * ' more'.length);
    const [tSmall, tLarge] = [msPerCall(() => parseHeaders(small)), msPerCall(() => parseHeaders(large))];
    expect(tLarge / tSmall, `32,000 lines took ${tLarge.toFixed(1)} ms, 2,000 took ${tSmall.toFixed(1)} ms: work that grows with lines × fields would be about 256 times`).toBeLessThan(80);
  });
});

describe('firstHeader', () => {
  it('gives the first value of a field', () => {
    expect(firstHeader(parseHeaders(REAL), 'received'), 'the topmost Received').toMatch(/^from localhost/);
  });

  it("gives '' for a field the message does not have", () => {
    expect(firstHeader(parseHeaders(REAL), 'x-spam-status'), 'a missing field is an empty string, not an error').toBe('');
    expect(firstHeader(parseHeaders('Subject: a\n\n'), 'constructor'), 'not even one called "constructor"').toBe('');
  });
});

// A field line as the standard defines it: a name of printable ASCII without spaces or colons.
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;

describe('on the real sample', () => {
  it(`keeps every field of all ${messages.length} messages, with lower-case names`, () => {
    for (const message of messages) {
      const headers = parseHeaders(message.raw);
      const names = Object.keys(headers);
      const headerLines = message.raw.split(/\r?\n\r?\n/)[0].split(/\r?\n/);
      const fieldLines = headerLines.filter((line) => FIELD_LINE.test(line));
      expect(names.filter((name) => name !== name.toLowerCase()), `${message.id}: names are lower-case`).toEqual([]);
      expect(names.filter((name) => /\s/.test(name)), `${message.id}: no name holds whitespace`).toEqual([]);
      expect(Object.values(headers).flat().length, `${message.id}: one value per field line of the header block (${fieldLines.length} lines, e.g. "${fieldLines[0]}")`).toBe(
        fieldLines.length,
      );
      const receivedLines = fieldLines.filter((line) => /^received[ \t]*:/i.test(line)).length;
      expect(headers['received']?.length ?? 0, `${message.id}: one value per Received line`).toBe(receivedLines);
      for (const [name, values] of Object.entries(headers)) {
        for (const value of values) {
          expect(/[\r\n]/.test(value), `${message.id}: ${name}: unfolded values have no line breaks ("${value.slice(0, 60)}")`).toBe(false);
          expect(value, `${message.id}: ${name}: values are trimmed`).toBe(value.trim());
        }
      }
      const subjectLine = headerLines.findIndex((line) => /^subject[ \t]*:/i.test(line));
      if (subjectLine >= 0) {
        const after = headerLines.slice(subjectLine + 1);
        const end = after.findIndex((line) => !/^[ \t]/.test(line));
        const folded = end === -1 ? after : after.slice(0, end);
        const expected = (headerLines[subjectLine].replace(/^subject[ \t]*:/i, '') + folded.join('')).trim();
        expect(firstHeader(headers, 'subject'), `${message.id}: the Subject, its ${folded.length} continuation line(s) joined`).toBe(expected);
      }
    }
  });
});
