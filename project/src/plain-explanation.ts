/**
 * One decision in two plain sentences, for the person whose mail it is: what happened and the
 * score against the cut-off, then the words that counted most for and against. Every fact comes
 * from the classification: no reason it does not list, no direction it does not give, no score
 * rounded until it reads like the threshold.
 */
import type { Classification } from './spam-filter';

/** Reasons named for the verdict, at most; the strongest one against it is named too. */
export const REASONS_NAMED = 3;

/**
 * Two sentences: the verdict with its score, then the strongest reasons (by the size of their
 * weight) that counted for the verdict, and the strongest that counted against it.
 */
export function explainToUser({ label, score, threshold, reasons }: Classification): [string, string] {
  const [shownScore, shownThreshold] = numbersApart(score, threshold);
  const verdict =
    label === 'spam'
      ? `We moved this message to your spam folder: it scored ${shownScore} out of 1, and ${shownThreshold} or more goes to spam.`
      : `We kept this message in your inbox: it scored ${shownScore} out of 1, below the ${shownThreshold} that sends mail to spam.`;
  // A positive weight pushed towards spam: it supports a spam verdict and opposes a ham one.
  const side = label === 'spam' ? 1 : -1;
  const strongest = [...reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const forIt = strongest.filter((reason) => reason.weight * side > 0).slice(0, REASONS_NAMED);
  const against = strongest.find((reason) => reason.weight * side < 0);
  const direction = label === 'spam' ? 'towards' : 'against';
  const opposite = label === 'spam' ? 'against' : 'towards';
  const counterpoint = against ? `; ${opposite} it: ${phraseOf(against.token)}.` : '.';
  const why =
    forIt.length > 0
      ? `What counted most ${direction} spam: ${listOf(forIt.map((reason) => phraseOf(reason.token)))}${counterpoint}`
      : `No word in it counted ${direction} spam${counterpoint}`;
  return [verdict, why];
}

/**
 * Both numbers with two decimals, or as many more (up to six) as it takes for the score to be
 * told apart from the threshold and not to read as certain: 0.919 against 0.921 must not read
 * "0.92, below 0.92", and 0.9965 must not read "1.00".
 */
export function numbersApart(score: number, threshold: number): [string, string] {
  let decimals = 2;
  const misleading = () => {
    const shown = score.toFixed(decimals);
    return (score !== threshold && shown === threshold.toFixed(decimals)) || (score > 0 && score < 1 && Number(shown) % 1 === 0);
  };
  while (decimals < 6 && misleading()) decimals++;
  return [score.toFixed(decimals), threshold.toFixed(decimals)];
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A token as a person reads it; the prefixes are the tokenizer's (`subject:`, `from:`, `url:`…). */
export function phraseOf(token: string): string {
  const colon = token.indexOf(':');
  const prefix = colon > 0 ? token.slice(0, colon) : '';
  const rest = token.slice(colon + 1);
  switch (prefix) {
    case 'subject':
      return `${quoted(rest)} in the subject`;
    case 'from':
      if (rest === 'ip') return 'a sender at a bare IP address';
      return rest.includes('.') ? `a sender at ${quoted(rest)}` : `${quoted(rest)} in the sender’s name`;
    case 'url':
      return rest === 'ip' ? 'a link to a bare IP address' : `a link to ${quoted(rest)}`;
    case 'content-type':
      return rest === 'none' ? 'no declared format' : `the format ${quoted(rest)}`;
    case 'mailer':
      return `the mail program ${quoted(rest)}`;
    case 'meta':
      return rest === 'html' ? 'an HTML part' : 'an attachment';
    default:
      return quoted(token);
  }
}

/** A word in quotes; the tokenizer wrote every run of digits as `#`. */
function quoted(word: string): string {
  if (word === '!') return 'an exclamation mark';
  if (word === '$#') return 'a dollar amount';
  return word.includes('#') ? `“${word}” (# is any number)` : `“${word}”`;
}
