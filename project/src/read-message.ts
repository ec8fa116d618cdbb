import { decodeWords } from 'postal-mime';
import { firstHeader, parseHeaders, type Headers } from './headers';
import { htmlToText } from './html-to-text';
import { splitMessage } from './message-parts';
import type { TokenSource } from './tokenize';

/**
 * A synchronous, good-enough MIME reader for inference: raw message → what the tokenizer
 * needs. The data pipeline parses with postal-mime, which is thorough but asynchronous; a
 * filter in a mail server's hot path must answer without awaiting, so it walks the MIME tree
 * itself and decodes only text parts (quoted-printable, base64, charsets). Like `parseEmail`,
 * it reads plain-text parts and falls back to HTML converted to text.
 */
export function readMessage(raw: string): TokenSource {
  const { headers, body } = splitHeaderAndBody(raw);
  const content: Content = { plain: [], html: [], attachments: 0 };
  collectParts(headers, body, content, 0);
  return {
    headers,
    subject: decodeWords(firstHeader(headers, 'subject')),
    from: decodeWords(firstHeader(headers, 'from')),
    text: content.plain.length > 0 ? content.plain.join('\n') : htmlToText(content.html.map((decode) => decode()).join('\n').slice(0, MAX_PART_CHARS)),
    hasHtml: content.html.length > 0,
    attachments: content.attachments,
  };
}

interface Content {
  plain: string[];
  /** Decoded only when the message has no plain-text part: most HTML parts have a plain twin. */
  html: (() => string)[];
  attachments: number;
}

// Bounds the work a hostile message (thousands of nested parts) can cause.
const MAX_DEPTH = 5;
const MAX_PARTS = 50;
// The tokenizer reads only the start of the text, so decoding more of a part is wasted time.
const MAX_PART_CHARS = 100_000;
// Header fields read per part. The corpus' largest header block is 15 KB; a hostile one of
// 500 KB of short lines would cost more than the rest of the message.
const MAX_HEADER_BLOCK_CHARS = 64_000;

function splitHeaderAndBody(raw: string): { headers: Headers; body: string } {
  const { headerBlock, body } = splitMessage(raw);
  return { headers: parseHeaders(headerBlock.slice(0, MAX_HEADER_BLOCK_CHARS)), body };
}

function collectParts(headers: Headers, body: string, content: Content, depth: number): void {
  const { type, params } = parseContentType(firstHeader(headers, 'content-type'));
  if (type.startsWith('multipart/') && params.boundary && depth < MAX_DEPTH) {
    for (const part of splitMultipart(body, params.boundary)) {
      const inner = splitHeaderAndBody(part);
      collectParts(inner.headers, inner.body, content, depth + 1);
    }
    return;
  }
  const isAttachment = firstHeader(headers, 'content-disposition').toLowerCase().startsWith('attachment');
  if (isAttachment || (type !== 'text/plain' && type !== 'text/html')) {
    content.attachments++;
    return;
  }
  const decode = () => decodeBody(body.slice(0, MAX_PART_CHARS), firstHeader(headers, 'content-transfer-encoding'), params.charset);
  if (type === 'text/html') content.html.push(decode);
  else content.plain.push(decode());
}

// `name=value` or `name="value"`. The lookbehind starts a name only where a word starts: from
// every letter of a long word without `=`, the match would rescan the word (quadratic).
const PARAMETER = /(?<![\w-])([\w-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;

/** `text/html; charset="utf-8"` → type `text/html`, params `{ charset: 'utf-8' }`. No header means plain text. */
function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [type, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const [, name, quoted, bare] of rest.join(';').matchAll(PARAMETER)) {
    params[name.toLowerCase()] = quoted ?? bare;
  }
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  // The preamble, then at most MAX_PARTS parts: a body of 100,000 empty parts is split no further.
  const pieces = body.split(`--${boundary}`, MAX_PARTS + 1);
  // pieces[0] is the preamble; a piece starting with `--` follows the closing delimiter.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    // The line break before a delimiter belongs to the delimiter, not to the part.
    parts.push(piece.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, ''));
  }
  return parts;
}

function decodeBody(body: string, encoding: string, charset = 'utf-8'): string {
  switch (encoding.trim().toLowerCase()) {
    case 'base64':
      return decodeBytes(base64ToBinary(body), charset);
    case 'quoted-printable':
      return decodeBytes(quotedPrintableToBinary(body), charset);
    default:
      // 7bit/8bit: a binary string (one char per byte, as the corpus loader reads files) still
      // needs its charset; text with characters above U+00FF was pasted as Unicode already.
      return /[^\u0000-\u00ff]/.test(body) ? body : decodeBytes(body, charset);
  }
}

function base64ToBinary(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]+/g, '');
  try {
    // atob accepts missing padding but never a lone trailing character.
    return atob(clean.length % 4 === 1 ? clean.slice(0, -1) : clean);
  } catch {
    return '';
  }
}

function quotedPrintableToBinary(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const decoders = new Map<string, TextDecoder>();
const utf8 = new TextDecoder('utf-8');
// The encodings that do not read bytes below 0x80 as ASCII. With any other, all-ASCII text decodes to itself.
const NOT_ASCII_BASED = new Set(['utf-16le', 'utf-16be', 'iso-2022-jp']);

/** Bytes held in a binary string → text in their charset; unknown charsets fall back to UTF-8. */
function decodeBytes(binary: string, charset: string): string {
  const label = charset.trim().toLowerCase();
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
      decoders.set(label, decoder); // only real labels, so hostile input cannot grow the cache
    } catch {
      decoder = utf8;
    }
  }
  if (!NOT_ASCII_BASED.has(decoder.encoding) && !/[^\u0000-\u007f]/.test(binary)) return binary;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decoder.decode(bytes);
}
