import { describe, expect, it } from 'vitest';
import { ALTERNATIVE_WITH_STUB, BASE64_WITH_ATTACHMENT, FOLDED_HEADERS, HTML_ONLY_SPAM, NO_DATE, QUOTED_PRINTABLE, rawMessage } from '../fixtures/messages';
import { declaredEncodings, toBytes } from './mime';
import { parseEmail } from './parse';

describe('parseEmail', () => {
  it('reads headers, decodes encoded words and takes the date from the topmost Received', async () => {
    const email = await parseEmail(rawMessage('easy-ham-1/1', FOLDED_HEADERS));
    expect(email).toMatchObject({
      id: 'easy-ham-1/1',
      group: 'easy-ham-1',
      label: 'ham',
      subject: 'Re: New Sequences  Window',
      from: 'René <rene@example.org>',
      date: '2002-08-22T11:36:16.000Z',
      dateSource: 'received',
      text: 'The sequences window is back.',
      hasHtml: false,
      htmlOnly: false,
      attachments: 0,
    });
    expect(email.headers['received']).toHaveLength(2);
  });

  it('decodes quoted-printable in the declared charset, keeping 8-bit header bytes', async () => {
    const email = await parseEmail(rawMessage('m', QUOTED_PRINTABLE));
    expect(email.text).toContain('Rendez-vous au café à midi.');
    expect(email.text).toContain('wrapped with a soft line break');
    expect(email.from).toBe('café@example.org');
    expect(email.sizeBytes).toBe(QUOTED_PRINTABLE.length);
    expect(email).toMatchObject({ charsets: ['iso-8859-1'], transferEncodings: ['quoted-printable'] });
  });

  it('decodes base64 parts and counts attachments', async () => {
    const email = await parseEmail(rawMessage('m', BASE64_WITH_ATTACHMENT));
    expect(email.text).toBe('Meeting moved to Thursday.\nThe café on the corner, 10am.');
    expect(email.attachments).toBe(1);
    expect(email.transferEncodings).toEqual(['base64']);
  });

  it('converts HTML-only spam to text', async () => {
    const email = await parseEmail(rawMessage('m', HTML_ONLY_SPAM, 'spam'));
    expect(email).toMatchObject({ hasHtml: true, htmlOnly: true, subject: 'WIN €1000' });
    expect(email.text).toBe('FREE viagra & cheap meds!\n\nClick here €5');
  });

  it('keeps both bodies of multipart/alternative, because the plain one may be a stub', async () => {
    const email = await parseEmail(rawMessage('m', ALTERNATIVE_WITH_STUB, 'spam'));
    expect(email.text).toBe('Your mail program does not support HTML.\n\nCheap mortgage rates');
    expect(email).toMatchObject({ hasHtml: true, htmlOnly: false });
  });

  it('gives a null date when the message has none', async () => {
    expect((await parseEmail(rawMessage('m', NO_DATE))).date).toBeNull();
  });
});

describe('toBytes', () => {
  it('keeps binary strings byte for byte and encodes real Unicode text as UTF-8', () => {
    expect([...toBytes('caf\xe9')]).toEqual([0x63, 0x61, 0x66, 0xe9]);
    expect([...toBytes('€')]).toEqual([0xe2, 0x82, 0xac]);
  });
});

describe('declaredEncodings', () => {
  it('collects charsets from MIME headers, folded or not, and transfer encodings', () => {
    const raw = 'Content-Type: text/html;\n\tcharset="Windows-1252"\nContent-Transfer-Encoding: 8bit\n\n<meta content="text/html; charset=koi8-r">\n--b\nContent-Type: text/plain; charset=iso-8859-1\n';
    expect(declaredEncodings(raw)).toEqual({ charsets: ['iso-8859-1', 'windows-1252'], transferEncodings: ['8bit'] });
  });
});
