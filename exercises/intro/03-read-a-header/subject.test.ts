import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { firstHeader, parseHeaders } from '@project/headers';
import { rawEmail } from './email';
import { readSubject } from './subject';

describe('readSubject', () => {
  it('reads a one-line Subject', () => {
    const raw = 'From: ana@example.com\nSubject: Lunch on Friday?\n\nSee you there.';
    expect(readSubject(raw), 'the text after "Subject:", without the leading space').toBe('Lunch on Friday?');
  });

  it('keeps every colon of the text: only the first one ends the name', () => {
    const raw = 'Subject: Re: Fwd: meeting at 10:30\nTo: ben@example.com\n\nBody';
    expect(readSubject(raw), 'a greedy /subject.*:/ stops at the last colon').toBe('Re: Fwd: meeting at 10:30');
  });

  it('joins a Subject folded over two lines', () => {
    expect(readSubject(rawEmail), 'both lines of the folded Subject in email.ts, joined').toBe(
      'Life Insurance - Why Pay More? Compare rates  from the top insurers in minutes',
    );
  });

  it('keeps the whitespace of a continuation line that starts with a tab', () => {
    const raw = 'Subject: Your order\n\thas shipped\nTo: ben@example.com\n\nBody';
    expect(readSubject(raw), 'unfolding removes the line break and keeps the tab').toBe('Your order\thas shipped');
  });

  it('stops unfolding at the next header, even if a later header is folded too', () => {
    const raw = 'Subject: Hi\nReceived: from mail.example.com\n\tby mx.example.org\n\nBody';
    expect(readSubject(raw), 'the "\\tby mx.example.org" line continues Received, not Subject').toBe('Hi');
  });

  it('matches the header name whatever its case', () => {
    expect(readSubject('SUBJECT: Shouting\n\nbody'), 'SUBJECT: is the same header').toBe('Shouting');
    expect(readSubject('subject: whisper\n\nbody'), 'subject: is the same header').toBe('whisper');
  });

  it('reads a name followed by spaces before the colon, as some senders write it', () => {
    expect(readSubject('Subject : spaced out\n\nbody'), '"Subject :" is still the Subject').toBe('spaced out');
  });

  it('does not mistake another header whose name contains "Subject" for the Subject', () => {
    expect(readSubject('X-Original-Subject: old\nSubject: new\n\nbody'), 'X-Original-Subject is a different header').toBe('new');
    expect(readSubject('Subject-Line: old\nSubject: new\n\nbody'), 'Subject-Line is a different header').toBe('new');
  });

  it('reads Windows line endings (\\r\\n)', () => {
    const raw = 'From: cy@example.com\r\nSubject: Minutes\r\n of the meeting\r\n\r\nHi all';
    expect(readSubject(raw), 'no stray \\r in the subject').toBe('Minutes of the meeting');
  });

  it('does not read a "Subject:" line from the body', () => {
    const raw = 'From: ana@example.com\nTo: ben@example.com\n\nSubject: this is the body, not a header';
    expect(readSubject(raw), 'the headers end at the first empty line; this message has no Subject').toBeUndefined();
    const crlf = 'From: ana@example.com\r\nTo: ben@example.com\r\n\r\nSubject: this is the body, not a header';
    expect(readSubject(crlf), 'with \\r\\n line endings the empty line is "\\r\\n\\r\\n", not "\\n\\n"').toBeUndefined();
    expect(readSubject('\nSubject: body text'), 'an empty first line: no headers at all').toBeUndefined();
  });

  it('reads a message that is all headers, with no empty line', () => {
    expect(readSubject('From: ana@example.com\nSubject: headers only'), 'the Subject on the last line').toBe('headers only');
    expect(readSubject('From: ana@example.com\nTo: ben@example.com'), 'no empty line and no Subject').toBeUndefined();
  });

  it('gives an empty string for a Subject header with no text', () => {
    expect(readSubject('Subject:\nFrom: ana@example.com\n\nbody'), 'an empty Subject is still a Subject').toBe('');
  });

  it('reads the Subject of every message of the corpus sample as the project\'s header parser does', () => {
    for (const message of sample) {
      const expected = firstHeader(parseHeaders(message.raw), 'subject');
      const line = message.raw.split(/\r?\n/).find((l) => /^subject[ \t]*:/i.test(l)) ?? '(no Subject line)';
      expect(readSubject(message.raw) ?? '', `${message.id}, whose Subject line is: ${line.slice(0, 120)}`).toBe(expected);
    }
  });
});
