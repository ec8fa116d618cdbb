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
  // The first empty line: a line break followed straight away by another.
  const blank = /\r?\n\r?\n/.exec(raw);
  // No empty line at all: the whole message is headers and the body is missing.
  if (!blank) return { headerBlock: raw, body: '' };
  return { headerBlock: raw.slice(0, blank.index), body: raw.slice(blank.index + blank[0].length) };
}
