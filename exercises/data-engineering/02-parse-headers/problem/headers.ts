/**
 * The header block of an RFC 5322 message: everything before the first empty line.
 * Real mail is sloppy, so junk lines are skipped instead of failing the whole message.
 */

/** Field name → every value it had, in order (a message has many `Received:` fields). */
export type Headers = Record<string, string[]>;

// A field name is printable ASCII without spaces or colons; some senders put a space before the colon.
const FIELD = /^([!-9;-~]+)[ \t]*:(.*)$/;

export function parseHeaders(raw: string): Headers {
  const headers: Headers = {};
  // TODO: unfold continuation lines, keep every value of a repeated field, lower-case the
  // names, skip junk lines, and stop at the first empty line.
  for (const line of raw.split('\n')) {
    const match = FIELD.exec(line);
    if (match) headers[match[1]] = [match[2].trim()];
  }
  return headers;
}

/** The first value of a field, or '' when the message does not have it. */
export function firstHeader(headers: Headers, name: string): string {
  return headers[name][0];
}
