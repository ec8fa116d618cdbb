import type { Reason } from '@project/linear-model';
import type { Classification } from '@project/spam-filter';

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
  // Your code: the odds of spam were multiplied by e^weight (divided, for a negative weight).
  // Say by how much, as "N times more likely" or "N times less likely": one decimal under 10,
  // whole numbers under 1,000, "over 1,000" from there on; a weight of 0 "did not change the
  // odds". Start with describeToken(token), capitalised.
  return `${token} changed the score by ${weight}.`;
}

/** A token as a person would say it; the prefixes are the tokenizer's (`subject:`, `url:`…). */
export function describeToken(token: string): string {
  // Your code: the tokenizer's prefixes, in words (see the tests for each):
  //   subject:free → “free” in the subject        from:hotmail.com → a sender at hotmail.com
  //   from:john → “john” in the sender’s name      url:example.com → a link to example.com
  //   content-type:text/html → the format text/html   mailer:outlook → the mail program “outlook”
  //   meta:html → an HTML part    meta:attachment → an attachment    click → “click” in the body
  // `ip` after from: or url: is a bare IP address; `content-type:none` is no declared format.
  return token;
}

/** One word of text, quoted; the tokenizer wrote every run of digits as `#`. */
function word(text: string): string {
  // Your code: "!" is an exclamation mark, "$#" a dollar amount; other words are quoted “like
  // this”, and a word with a # (where the tokenizer collapsed digits) says so: “#pm” (# is any number).
  return text;
}

/** Both numbers with three decimals, or as many more as it takes to tell them apart. */
function distinct(a: number, b: number): [string, string] {
  let decimals = 3;
  while (decimals < 6 && a !== b && a.toFixed(decimals) === b.toFixed(decimals)) decimals++;
  return [a.toFixed(decimals), b.toFixed(decimals)];
}
