import type { Reason } from './linear-model';
import type { Classification } from './spam-filter';

/**
 * A decision in plain words, for a user or a support agent: the verdict against the threshold,
 * then each reason as "what the model saw" and "how much it changed the odds". A reason's weight
 * is how far the token moved the log-odds, so e^weight is the factor it multiplied the odds by.
 */
export function explain(classification: Classification): string[] {
  const { label, score, threshold, reasons } = classification;
  const [shownScore, shownThreshold] = distinct(score, threshold);
  const verdict =
    label === 'spam'
      ? `Spam: its score, ${shownScore}, is at or above the threshold of ${shownThreshold}.`
      : `Not spam: its score, ${shownScore}, is below the threshold of ${shownThreshold}.`;
  if (reasons.length === 0) return [verdict, 'None of its words is in the model’s vocabulary: the score is the model’s starting point.'];
  return [verdict, ...reasons.map(describeReason)];
}

/** `{ token: 'click', weight: 4.4 }` → `“click” in the body made spam 81 times more likely.` */
export function describeReason({ token, weight }: Reason): string {
  const what = describeToken(token);
  const subject = `${what[0].toUpperCase()}${what.slice(1)}`;
  if (weight === 0) return `${subject} did not change the odds.`;
  // |weight| is the log of the factor, so the bands are compared in log space: below 10, below 1,000.
  const strength = Math.abs(weight);
  const factor = Math.exp(strength);
  const times = strength < Math.LN10 ? factor.toFixed(1) : strength < 3 * Math.LN10 ? String(Math.round(factor)) : 'over 1,000';
  return `${subject} made spam ${times} times ${weight > 0 ? 'more' : 'less'} likely.`;
}

/** A token as a person would say it; the prefixes are the tokenizer's (`subject:`, `url:`…). */
export function describeToken(token: string): string {
  const colon = token.indexOf(':');
  const prefix = token.slice(0, Math.max(colon, 0));
  const rest = token.slice(colon + 1);
  switch (prefix) {
    case 'subject':
      return `${word(rest)} in the subject`;
    case 'from':
      if (rest === 'ip') return 'a sender at a bare IP address';
      return rest.includes('.') ? `a sender at ${rest}` : `${word(rest)} in the sender’s name`;
    case 'url':
      return rest === 'ip' ? 'a link to a bare IP address' : `a link to ${rest}`;
    case 'content-type':
      return rest === 'none' ? 'no declared format' : `the format ${rest}`;
    case 'mailer':
      return `the mail program “${rest}”`;
    case 'meta':
      return rest === 'html' ? 'an HTML part' : 'an attachment';
    default:
      return `${word(token)} in the body`;
  }
}

/** One word of text, quoted; the tokenizer wrote every run of digits as `#`. */
function word(text: string): string {
  if (text === '!') return 'an exclamation mark';
  if (text === '$#') return 'a dollar amount';
  return text.includes('#') ? `“${text}” (# is any number)` : `“${text}”`;
}

/** Both numbers with three decimals, or as many more as it takes to tell them apart. */
function distinct(a: number, b: number): [string, string] {
  let decimals = 3;
  while (decimals < 6 && a !== b && a.toFixed(decimals) === b.toFixed(decimals)) decimals++;
  return [a.toFixed(decimals), b.toFixed(decimals)];
}
