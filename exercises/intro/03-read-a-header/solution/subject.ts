/**
 * The text of the Subject header of a raw email, with folded lines
 * joined back together and surrounding whitespace trimmed; `undefined`
 * when the message has no Subject.
 */
export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\r?\n/);
  // The headers end at the first empty line (a message may have none).
  const end = lines.indexOf('');
  const headers = end === -1 ? lines : lines.slice(0, end);
  for (const [i, line] of headers.entries()) {
    // Some senders put spaces before the colon; the name is matched whole, so
    // "X-Original-Subject" or "Subject-Line" do not count.
    const name = /^subject[ \t]*:/i.exec(line);
    if (!name) continue;
    let value = line.slice(name[0].length);
    // Unfolding removes only the line break: the continuation's leading whitespace stays.
    for (const next of headers.slice(i + 1)) {
      if (!/^[ \t]/.test(next)) break;
      value += next;
    }
    return value.trim();
  }
  return undefined;
}
