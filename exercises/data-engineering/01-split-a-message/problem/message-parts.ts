/**
 * A raw message is a header block, one empty line, then the body. The empty line is the
 * only separator; the line ending may be `\n` or `\r\n` (and, in sloppy mail, a mix).
 */
export interface MessageParts {
  /** Everything before the first empty line, without the line break that ends it. */
  headerBlock: string;
  /** Everything after the empty line, exactly as it was ('' when there is none). */
  body: string;
}

export function splitMessage(raw: string): MessageParts {
  // TODO: find the first empty line and cut the message there.
  const lines = raw.split('\n');
  return { headerBlock: lines[0], body: lines.slice(1).join('\n') };
}
