/**
 * Exact duplicates: the same message delivered twice, or resent with different capitals or
 * line breaks. Two bodies are "the same" when their normalised forms are equal.
 */

/** The body as compared: case and whitespace do not make a message different. */
export function normaliseBody(text: string): string {
  // TODO: lower case, every run of whitespace as one space, no space at either end.
  return text;
}

/**
 * For each text, the index of the first text with the same normalised body: its own index
 * when it is the first copy, an earlier index when it is a duplicate. Empty bodies are all
 * "equal" but say nothing about each other, so they get -1 and are never duplicates.
 */
export function firstCopies(texts: string[]): number[] {
  // TODO: one pass, remembering where each normalised body was first seen.
  return texts.map((_, i) => i);
}
