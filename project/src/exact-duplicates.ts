/**
 * Exact duplicates: the same message delivered twice, or resent with different capitals or
 * line breaks. Two bodies are "the same" when their normalised forms are equal.
 */

/** The body as compared: case and whitespace do not make a message different. */
export function normaliseBody(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * For each text, the index of the first text with the same normalised body: its own index
 * when it is the first copy, an earlier index when it is a duplicate. Empty bodies are all
 * "equal" but say nothing about each other, so they get -1 and are never duplicates.
 */
export function firstCopies(texts: string[]): number[] {
  // A Map hashes its keys: one look-up per message instead of a comparison with every other one.
  const firstWithBody = new Map<string, number>();
  return texts.map((text, i) => {
    const body = normaliseBody(text);
    if (body === '') return -1;
    const first = firstWithBody.get(body);
    if (first !== undefined) return first;
    firstWithBody.set(body, i);
    return i;
  });
}
