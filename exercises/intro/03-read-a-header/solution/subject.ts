/**
 * The text of the Subject header of a raw email, with folded lines
 * joined back together and surrounding whitespace trimmed; `undefined`
 * when the message has no Subject.
 */
export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length && lines[i] !== ''; i++) {
    const match = /^subject[ \t]*:(.*)$/i.exec(lines[i]);
    if (!match) continue;
    let value = match[1];
    // Unfolding removes only the line break: the continuation's
    // leading whitespace stays.
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1])) {
      value += lines[++i];
    }
    return value.trim();
  }
  return undefined;
}
