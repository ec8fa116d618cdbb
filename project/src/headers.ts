/**
 * The header block of an RFC 5322 message: everything before the first empty line.
 * Real mail is sloppy, so junk lines are skipped instead of failing the whole message.
 */

/** Field name → every value it had, in order (a message has many `Received:` fields). */
export type Headers = Record<string, string[]>;

// A field name is printable ASCII without spaces or colons; some senders put a space before the colon.
const FIELD = /^([!-9;-~]+)[ \t]*:(.*)$/;

export function parseHeaders(raw: string): Headers {
  const fields = new Map<string, string[]>();
  let current: { values: string[]; index: number } | null = null;

  for (const line of raw.split(/\r?\n/)) {
    if (line === '') break; // end of the header block
    if (line[0] === ' ' || line[0] === '\t') {
      // A continuation line: unfolding removes only the line break, the whitespace stays.
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      // Junk, e.g. the mbox `From sender date` line that archives put in front of a message.
      current = null;
      continue;
    }
    const name = match[1].toLowerCase();
    let values = fields.get(name);
    if (!values) fields.set(name, (values = []));
    current = { values, index: values.push(match[2]) - 1 };
  }

  for (const values of fields.values()) {
    for (let i = 0; i < values.length; i++) values[i] = values[i].trim();
  }
  // fromEntries, not `obj[name] = …`: a field called `__proto__` must stay an ordinary key.
  return Object.fromEntries(fields);
}

/** The first value of a field, or '' when the message does not have it. */
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}
