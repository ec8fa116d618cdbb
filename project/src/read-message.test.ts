import { describe, expect, it } from 'vitest';
import { rawEmail } from './fixtures/toy-model';
import { readMessage } from './read-message';

const multipart = (parts: string[], type = 'multipart/mixed') =>
  rawEmail('parts', parts.map((p) => `--XX\r\n${p}\r\n`).join('') + '--XX--', `Content-Type: ${type}; boundary="XX"\r\n`);

describe('readMessage', () => {
  it('decodes encoded words in the subject and a base64 body', () => {
    const message = readMessage(rawEmail('=?utf-8?B?R3LDvMOfZQ==?=', btoa('hello world'), 'Content-Transfer-Encoding: base64\r\n'));
    expect(message.subject).toBe('Grüße');
    expect(message.text.trim()).toBe('hello world');
  });

  it('decodes quoted-printable with soft line breaks in the declared charset', () => {
    // The corpus arrives as binary strings: one character per byte.
    const message = readMessage(
      rawEmail('qp', 'caf=E9 au lait, a long li=\r\nne', 'Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n'),
    );
    expect(message.text.trim()).toBe('café au lait, a long line');
  });

  it('prefers plain-text parts, falls back to HTML as text, and counts attachments', () => {
    const both = readMessage(
      multipart(['Content-Type: text/plain\r\n\r\nplain words', 'Content-Type: text/html\r\n\r\n<p>html <b>words</b></p>'], 'multipart/alternative'),
    );
    expect(both).toMatchObject({ text: 'plain words', hasHtml: true, attachments: 0 });
    const htmlOnly = readMessage(
      multipart(['Content-Type: text/html\r\n\r\n<p>only&nbsp;<i>html</i></p>', 'Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=']),
    );
    expect(htmlOnly).toMatchObject({ text: 'only html', hasHtml: true, attachments: 1 });
  });

  it('decodes all-ASCII bytes in the declared charset when that charset is not ASCII-based', () => {
    const utf16 = readMessage('From: a@example.com\r\nContent-Type: text/plain; charset=utf-16le\r\n\r\nh\u0000i\u0000');
    expect(utf16.text).toBe('hi');
    expect(readMessage(rawEmail('a', 'plain ascii', 'Content-Type: text/plain; charset=iso-8859-1\r\n')).text.trim()).toBe('plain ascii');
  });

  it('treats a message without a content type as plain text', () => {
    expect(readMessage(rawEmail('x', 'just words')).text.trim()).toBe('just words');
  });
});
