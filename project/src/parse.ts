/**
 * Raw message → `Email` record: headers by hand, bodies with postal-mime, HTML turned into
 * text. Parsing reports what the message says; judging it (plausible dates, empty bodies,
 * duplicates) is left to the cleaning stages.
 */
import { decodeWords } from 'postal-mime';
import { readReceivedDate } from './dates';
import { firstHeader, parseHeaders } from './headers';
import { htmlToText } from './html-to-text';
import { declaredEncodings, readBody, toBytes } from './mime';
import type { Email, RawMessage } from './types';

export async function parseEmail(message: RawMessage): Promise<Email> {
  const headers = parseHeaders(message.raw);
  const bytes = toBytes(message.raw);
  const body = await readBody(bytes);
  const received = readReceivedDate(headers);
  return {
    id: message.id,
    group: message.group,
    label: message.label,
    headers,
    // `=?iso-8859-1?Q?…?=` encoded words are how non-ASCII text travels in headers.
    subject: decodeWords(firstHeader(headers, 'subject')),
    from: decodeWords(firstHeader(headers, 'from')),
    date: received.iso,
    // Both, when a message has both: the plain part is sometimes only a stub ("your mail
    // program does not support HTML") while the HTML carries the real content.
    text: [body.plain.trim(), htmlToText(body.html)].filter((part) => part !== '').join('\n\n'),
    hasHtml: body.html !== '',
    attachments: body.attachments,
    sizeBytes: bytes.length,
    htmlOnly: body.plain === '' && body.html !== '',
    dateSource: received.source,
    dateFixes: received.fixes,
    ...declaredEncodings(message.raw),
  };
}
