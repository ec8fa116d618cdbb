/**
 * HTML → readable plain text, with regular expressions. Not a real HTML parser, and it need
 * not be: we want the words a reader would see, not a faithful rendering.
 */

// Tags that start a new line when rendered.
const BLOCK_TAGS = /<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|table|blockquote|pre|center|title)\b[^>]*>/gi;
// Tags that separate words without starting a line.
const SPACING_TAGS = /<\/?(?:td|th|img)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', cent: '¢', yen: '¥',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·',
};

export function htmlToText(html: string): string {
  // TODO: drop comments, scripts and styles; turn block tags into line breaks and spacing
  // tags into spaces; remove every other tag; then decode entities and collapse whitespace.
  // Run the patterns that need a closing `>` or `-->` through `replaceUpTo`, below.
  return collapseWhitespace(html.replace(/<[^>]*>/g, ' '));
}

/**
 * `text.replace(pattern, replacement)` for a pattern whose every match ends with `end`. Nothing
 * after the last `end` can match, yet every opener there (`<`, `<!--`) would make the pattern scan
 * to the end of the text before failing: quadratic, and 100 KB of `<` took seconds. So that tail
 * is left as it is.
 */
function replaceUpTo(text: string, end: string, pattern: RegExp, replacement: string): string {
  const last = text.lastIndexOf(end);
  if (last < 0) return text;
  const cut = last + end.length;
  return text.slice(0, cut).replace(pattern, replacement) + text.slice(cut);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]*));?/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const key = name.toLowerCase();
      // Browsers forgive a missing `;` after a number, but `&copy2002` is too ambiguous for a name.
      return entity.endsWith(';') && Object.hasOwn(NAMED_ENTITIES, key) ? NAMED_ENTITIES[key] : entity;
    }
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
  });
}

/** One space between words, no blank runs longer than one empty line, no edge whitespace. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
