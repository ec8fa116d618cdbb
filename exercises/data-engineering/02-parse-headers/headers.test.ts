import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { firstHeader, parseHeaders } from './headers';

const messages = sample;

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
  const headers = parseHeaders(REAL);

  it('unfolds a folded field: the line break goes, the whitespace stays', () => {
    expect(headers['subject'], 'both lines of the Subject, joined').toEqual(['Re: Wanted: a simple  RSS reader']);
  });

  it('keeps every Received field, topmost first', () => {
    expect(headers['received'], 'two Received fields, each unfolded').toEqual([
      'from localhost (jalapeno [127.0.0.1])\tby jmason.org (Postfix) with ESMTP id 5D12216F16\tfor <jm@localhost>; Tue,  1 Oct 2002 10:36:27 +0100 (IST)',
      'from dogma.slashnull.org [212.17.35.15]\tby localhost with IMAP (fetchmail-5.9.0)',
    ]);
  });

  it('lower-cases names and skips the mbox "From " line', () => {
    expect(Object.keys(headers), 'field names, lower-cased, in order of first appearance; no "from rssfeeds…" key').toEqual([
      'return-path',
      'received',
      'subject',
      'date',
    ]);
  });

  it('stops at the first empty line', () => {
    expect(headers['subject'], 'the "Subject:" line in the body is not a second Subject').toHaveLength(1);
  });

  it('reads Windows line endings and tolerates junk lines', () => {
    const junk = parseHeaders('  orphan continuation\r\nSubject : spaced out\r\nthis is not a header\r\nX-Mailer: Outlook\r\n\tExpress\r\n\r\nX-Body: no');
    expect(junk, 'junk lines dropped, no \\r left in values, a space before the colon allowed').toEqual({
      subject: ['spaced out'],
      'x-mailer': ['Outlook\tExpress'],
    });
  });

  it('trims the values', () => {
    expect(parseHeaders('To:    ben@example.com   \n\nhi')['to'], 'no spaces around the value').toEqual(['ben@example.com']);
  });
});

describe('firstHeader', () => {
  const headers = parseHeaders(REAL);

  it('gives the first value of a field', () => {
    expect(firstHeader(headers, 'received'), 'the topmost Received').toMatch(/^from localhost/);
  });

  it("gives '' for a field the message does not have", () => {
    expect(firstHeader(headers, 'x-spam-status'), 'a missing field is an empty string, not an error').toBe('');
  });
});

describe('on the real sample', () => {
  it(`keeps every Received field, with lower-case names, in all ${messages.length} messages`, () => {
    for (const message of messages) {
      const headers = parseHeaders(message.raw);
      const names = Object.keys(headers);
      expect(names.length, `${message.id}: some fields were read`).toBeGreaterThan(3);
      expect(names.filter((name) => name !== name.toLowerCase()), `${message.id}: names are lower-case`).toEqual([]);
      expect(names.some((name) => /\s/.test(name)), `${message.id}: no name holds whitespace`).toBe(false);
      const headerBlock = message.raw.split(/\r?\n\r?\n/)[0];
      const receivedLines = headerBlock.match(/^received[ \t]*:/gim)?.length ?? 0;
      expect(headers['received']?.length ?? 0, `${message.id}: one value per Received line of the header block`).toBe(receivedLines);
      for (const values of Object.values(headers)) {
        for (const value of values) expect(/[\r\n]/.test(value), `${message.id}: unfolded values have no line breaks`).toBe(false);
      }
    }
  });
});
