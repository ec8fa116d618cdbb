/**
 * Raw message → `Email` record: headers by hand, bodies with postal-mime, HTML turned into
 * text. Parsing reports what the message says; judging it (plausible dates, empty bodies,
 * duplicates) is left to the cleaning stages.
 */
import { decodeWords } from 'postal-mime';
import { readReceivedDate } from '@project/dates';
import { firstHeader, parseHeaders } from '@project/headers';
import { htmlToText } from '@project/html-to-text';
import { declaredEncodings, readBody, toBytes } from '@project/mime';
import type { Email, RawMessage } from '@project/types';

export async function parseEmail(message: RawMessage): Promise<Email> {
  const headers = parseHeaders(message.raw);
  const bytes = toBytes(message.raw);
  const received = readReceivedDate(headers);
  // TODO: read the body with `readBody(bytes)`; decode the Subject and From with
  // `decodeWords`; build `text` from the plain part and the HTML part (as text); fill in
  // hasHtml, htmlOnly and attachments.
  return {
    id: message.id,
    group: message.group,
    label: message.label,
    headers,
    subject: firstHeader(headers, 'subject'),
    from: firstHeader(headers, 'from'),
    date: received.iso,
    text: '',
    hasHtml: false,
    attachments: 0,
    sizeBytes: bytes.length,
    htmlOnly: false,
    dateSource: received.source,
    dateFixes: received.fixes,
    ...declaredEncodings(message.raw),
  };
}
