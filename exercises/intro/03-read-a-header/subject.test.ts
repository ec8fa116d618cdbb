import { describe, expect, it } from 'vitest';
import { rawEmail } from './email';
import { readSubject } from './subject';

describe('readSubject', () => {
  it('reads a one-line Subject', () => {
    const raw = 'From: ana@example.com\nSubject: Lunch on Friday?\n\nSee you there.';
    expect(readSubject(raw), 'the text after "Subject:", without the leading space').toBe('Lunch on Friday?');
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

  it('matches the header name whatever its case', () => {
    expect(readSubject('SUBJECT: Shouting\n\nbody'), 'SUBJECT: is the same header').toBe('Shouting');
    expect(readSubject('subject: whisper\n\nbody'), 'subject: is the same header').toBe('whisper');
  });

  it('reads Windows line endings (\\r\\n)', () => {
    const raw = 'From: cy@example.com\r\nSubject: Minutes\r\n of the meeting\r\n\r\nHi all';
    expect(readSubject(raw), 'no stray \\r in the subject').toBe('Minutes of the meeting');
  });

  it('does not read a "Subject:" line from the body', () => {
    const raw = 'From: ana@example.com\nTo: ben@example.com\n\nSubject: this is the body, not a header';
    expect(readSubject(raw), 'the headers end at the first empty line; this message has no Subject').toBeUndefined();
  });

  it('does not mistake another header that ends in "Subject" for the Subject', () => {
    const raw = 'X-Original-Subject: old\nSubject: new\n\nbody';
    expect(readSubject(raw), 'X-Original-Subject is a different header').toBe('new');
  });

  it('gives an empty string for a Subject header with no text', () => {
    expect(readSubject('Subject:\nFrom: ana@example.com\n\nbody'), 'an empty Subject is still a Subject').toBe('');
  });
});
