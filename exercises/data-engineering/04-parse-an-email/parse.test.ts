import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { htmlToText } from '@project/html-to-text';
import { readBody, toBytes } from '@project/mime';
import type { RawMessage } from '@project/types';
import { parseEmail } from './parse';

const messages = sample;
const message = (raw: string, label: 'spam' | 'ham' = 'ham'): RawMessage => ({ id: `${label}-x/1`, group: `${label}-x`, label, raw });

const HTML_ONLY = [
  'Received: from x.example.com by mx.example.org; Sun, 25 Aug 2002 10:36:36 -1000',
  'From: "Best Offers" <offers@example.com>',
  'Subject: =?utf-8?B?V0lOIOKCrDEwMDA=?=',
  'Content-Type: text/html; charset="us-ascii"',
  '',
  '<html><body><p>FREE <b>pills</b> &amp; cheap meds!</p><p>Click&nbsp;here</p></body></html>',
].join('\n');

const ALTERNATIVE_WITH_STUB = [
  'Received: from mail.example.org; Tue, 3 Sep 2002 10:00:00 +0000',
  'Subject: Newsletter',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  'Your mail program does not support HTML.',
  '--b1',
  'Content-Type: text/html',
  '',
  '<div>Cheap <i>mortgage</i> rates</div>',
  '--b1--',
].join('\n');

const QP_WITH_ATTACHMENT = [
  'Received: from mail.example.org; Tue, 3 Sep 2002 10:00:00 +0000',
  'From: =?iso-8859-1?Q?Ren=E9?= <rene@example.org>',
  'Subject: Rendez-vous',
  'Content-Type: multipart/mixed; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Au caf=E9 =E0 midi, avec une ligne assez longue pour =',
  'un saut doux.',
  '--b2',
  'Content-Type: application/pdf; name="menu.pdf"',
  'Content-Disposition: attachment; filename="menu.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b2--',
].join('\n');

const TWO_ATTACHMENTS_AND_AN_INLINE_IMAGE = [
  'Received: from mail.example.org; Tue, 3 Sep 2002 10:00:00 +0000',
  'Subject: Photos',
  'Content-Type: multipart/mixed; boundary="m"',
  '',
  '--m',
  'Content-Type: multipart/related; boundary="r"',
  '',
  '--r',
  'Content-Type: text/html',
  '',
  '<p>Look: <img src="cid:logo"></p>',
  '--r',
  'Content-Type: image/gif',
  'Content-ID: <logo>',
  'Content-Disposition: inline',
  'Content-Transfer-Encoding: base64',
  '',
  'R0lGODlhAQABAAAAACw=',
  '--r--',
  '--m',
  'Content-Type: image/jpeg; name="a.jpg"',
  'Content-Disposition: attachment; filename="a.jpg"',
  'Content-Transfer-Encoding: base64',
  '',
  '/9j/4AAQ',
  '--m',
  'Content-Type: application/zip; name="b.zip"',
  'Content-Disposition: attachment; filename="b.zip"',
  'Content-Transfer-Encoding: base64',
  '',
  'UEsDBA==',
  '--m--',
].join('\n');

const PLAIN_WITH_MARKUP_CHARACTERS = [
  'Received: from mail.example.org; Tue, 3 Sep 2002 10:00:00 +0000',
  'Content-Type: text/plain',
  '',
  'if (a < b && c > d) { x = "&amp;"; }',
].join('\n');

describe('parseEmail', () => {
  it('turns HTML-only spam into text and says so', async () => {
    const email = await parseEmail(message(HTML_ONLY, 'spam'));
    expect(email.text, 'the HTML as text: no tags, entities decoded').toBe('FREE pills & cheap meds!\n\nClick here');
    expect(email.hasHtml, 'the message has an HTML part').toBe(true);
    expect(email.htmlOnly, 'and no plain-text part').toBe(true);
  });

  it('decodes encoded words in Subject and From', async () => {
    expect((await parseEmail(message(HTML_ONLY))).subject, '=?utf-8?B?…?= decoded').toBe('WIN €1000');
    expect((await parseEmail(message(QP_WITH_ATTACHMENT))).from, '=?iso-8859-1?Q?…?= decoded').toBe('René <rene@example.org>');
  });

  it('keeps both bodies when the plain part is a stub', async () => {
    const email = await parseEmail(message(ALTERNATIVE_WITH_STUB, 'spam'));
    expect(email.text, 'plain part, an empty line, then the HTML as text').toBe('Your mail program does not support HTML.\n\nCheap mortgage rates');
    expect(email.hasHtml, 'there is an HTML part').toBe(true);
    expect(email.htmlOnly, 'but it is not the only body').toBe(false);
  });

  it('decodes quoted-printable in its charset and counts the attachment', async () => {
    const email = await parseEmail(message(QP_WITH_ATTACHMENT));
    expect(email.text, 'soft line break joined, =E9 and =E0 decoded as latin-1').toBe('Au café à midi, avec une ligne assez longue pour un saut doux.');
    expect(email.attachments, 'the PDF is an attachment').toBe(1);
    expect(email.hasHtml, 'no HTML part here').toBe(false);
  });
});

describe('parseEmail, the less common cases', () => {
  it('counts every attachment, and not an image shown inside the HTML', async () => {
    const email = await parseEmail(message(TWO_ATTACHMENTS_AND_AN_INLINE_IMAGE));
    expect(email.attachments, 'a.jpg and b.zip are attachments; the inline logo is part of the HTML').toBe(2);
    expect(email.htmlOnly, 'HTML is the only body here').toBe(true);
  });

  it('leaves a plain-text part as written: it is not HTML', async () => {
    const email = await parseEmail(message(PLAIN_WITH_MARKUP_CHARACTERS));
    expect(email.text, 'no "<…>" removed and no entity decoded in plain text').toBe('if (a < b && c > d) { x = "&amp;"; }');
    expect(email.hasHtml, 'no HTML part').toBe(false);
  });

  it('gives empty strings and false flags when parts are missing', async () => {
    const email = await parseEmail(message('Received: from a.example; Tue, 3 Sep 2002 10:00:00 +0000\n\n'));
    expect({ subject: email.subject, from: email.from, text: email.text }, 'no Subject, no From, no body').toEqual({ subject: '', from: '', text: '' });
    expect({ hasHtml: email.hasHtml, htmlOnly: email.htmlOnly, attachments: email.attachments }, 'nothing to flag').toEqual({ hasHtml: false, htmlOnly: false, attachments: 0 });
  });

  it('reads Windows line endings (\\r\\n) the same way', async () => {
    const unix = await parseEmail(message(QP_WITH_ATTACHMENT));
    const windows = await parseEmail(message(QP_WITH_ATTACHMENT.replace(/\n/g, '\r\n')));
    expect({ from: windows.from, text: windows.text, attachments: windows.attachments }, 'the same message with CRLF line ends').toEqual({ from: unix.from, text: unix.text, attachments: unix.attachments });
  });
});

describe('on the real sample', () => {
  it(`parses all ${messages.length} messages into sensible records`, async () => {
    let htmlOnly = 0;
    for (const raw of messages) {
      const email = await parseEmail({ id: raw.id, group: raw.group, label: raw.label, raw: raw.raw });
      if (email.htmlOnly) htmlOnly++;
      expect(email.id, 'the id is copied').toBe(raw.id);
      expect(email.htmlOnly && !email.hasHtml, `${raw.id}: HTML-only implies it has HTML`).toBe(false);
      // Only HTML-only messages: some senders put raw HTML in a part labelled text/plain.
      if (email.htmlOnly) expect(/<\/?(?:html|body|table|td|font|br)\b[^<>]*>/i.test(email.text), `${raw.id}: no HTML tags in the text of an HTML-only message`).toBe(false);
      expect(/=\?[\w-]+\?[bq]\?/i.test(email.subject), `${raw.id}: no encoded words left in the subject (${email.subject})`).toBe(false);
    }
    expect(htmlOnly, 'some sample messages are HTML-only').toBeGreaterThan(10);
    const withText = await Promise.all(messages.slice(0, 40).map((raw) => parseEmail(raw)));
    expect(withText.filter((email) => email.text.trim() !== '').length, 'almost every message has some text').toBeGreaterThan(35);
  }, 30_000);

  it(`builds text, hasHtml, htmlOnly and attachments from the MIME body of all ${messages.length} messages`, async () => {
    for (const raw of messages) {
      const email = await parseEmail({ id: raw.id, group: raw.group, label: raw.label, raw: raw.raw });
      const body = await readBody(toBytes(raw.raw));
      const plain = body.plain.trim();
      const html = htmlToText(body.html);
      expect(email.hasHtml, `${raw.id}: hasHtml, with an HTML part of ${body.html.length} characters`).toBe(body.html !== '');
      expect(email.htmlOnly, `${raw.id}: htmlOnly, with a plain part of ${body.plain.length} characters and an HTML part of ${body.html.length}`).toBe(body.plain === '' && body.html !== '');
      expect(email.attachments, `${raw.id}: attachments`).toBe(body.attachments);
      if (plain !== '') expect(email.text.startsWith(plain), `${raw.id}: the text starts with the plain part ("${plain.slice(0, 40)}…")`).toBe(true);
      if (html !== '') expect(email.text.endsWith(html), `${raw.id}: the text ends with the HTML part as text ("…${html.slice(-40)}")`).toBe(true);
      expect(email.text.length, `${raw.id}: nothing else in the text`).toBe(plain.length + html.length + (plain !== '' && html !== '' ? 2 : 0));
    }
  }, 30_000);
});
