/**
 * The measurable facts of one message that the analysis compares between groups: how long it
 * is, how it is built (MIME parts, an HTML part), how many links it carries and how many
 * header fields it has. Read with the same reader the filter uses when serving, so what the
 * analysis describes is what the filter sees.
 */
import { splitMessage } from './message-parts';
import { readMessage } from './read-message';
import type { Label, RawMessage } from './types';

export interface MessageFacts {
  id: string;
  group: string;
  label: Label;
  /** Size of the raw message (one character per byte, as the corpus is read). */
  bytes: number;
  /** Words of readable text: the plain-text parts, else the HTML turned into text. */
  words: number;
  /** MIME body parts at every level of nesting (a container counts too); 1 for a single-part message. */
  parts: number;
  /** Has at least one HTML part. */
  html: boolean;
  /** `http://` and `https://` links in the body as sent, HTML included (a base64-encoded body hides its links). */
  links: number;
  /** Header fields, every repeat counted. */
  headerFields: number;
  /** `Received:` fields: one per mail server on the way. */
  received: number;
}

const BOUNDARY = /\bboundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/gi;

export function messageFacts(message: RawMessage): MessageFacts {
  const read = readMessage(message.raw);
  const fields = Object.values(read.headers);
  return {
    id: message.id,
    group: message.group,
    label: message.label,
    bytes: message.raw.length,
    words: read.text.match(/\S+/g)?.length ?? 0,
    parts: mimeParts(message.raw),
    html: read.hasHtml,
    links: splitMessage(message.raw).body.match(/https?:\/\//gi)?.length ?? 0,
    headerFields: fields.reduce((total, values) => total + values.length, 0),
    received: read.headers['received']?.length ?? 0,
  };
}

/** Opening delimiter lines (`--boundary`) of every boundary the message declares. */
function mimeParts(raw: string): number {
  const delimiters = new Set(Array.from(raw.matchAll(BOUNDARY), (match) => `--${match[1] ?? match[2]}`));
  if (delimiters.size === 0) return 1;
  let parts = 0;
  for (const line of raw.split(/\r?\n/)) if (delimiters.has(line.trimEnd())) parts++;
  return Math.max(1, parts);
}
