import type { Email } from '@project/types';

/** What the rules look at; a parsed `Email` has all of it. */
export type RuleInput = Pick<Email, 'subject' | 'from' | 'text' | 'hasHtml' | 'headers'>;

export interface Rule {
  name: string;
  /** How much the rule adds to the score when it fires (negative: evidence of ham). */
  weight: number;
  matches: (message: RuleInput) => boolean;
}

/**
 * The heuristics a postmaster would write on day one, before any model. Readable, cheap, and
 * the bar every model must beat on the same test set.
 */
export const RULES: readonly Rule[] = [
  {
    name: 'money or prize words in the subject',
    weight: 0.3,
    matches: (m) => /\b(free|win|winner|cash|money|offer|save|cheap|credit|loan|mortgage|income|earn)\b|\$\d/i.test(m.subject),
  },
  {
    name: 'shouting subject',
    weight: 0.25,
    matches: (m) => m.subject.includes('!!') || mostlyUpperCase(m.subject),
  },
  {
    name: 'pushy phrases in the body',
    weight: 0.3,
    matches: (m) => /\b(click here|act now|limited time|risk[- ]free|no obligation|guaranteed?|100% free|order now)\b/i.test(m.text),
  },
  {
    name: 'opt-out instructions instead of a list footer',
    weight: 0.2,
    matches: (m) => /\b(to be removed|remove me|opt[- ]?out)\b/i.test(m.text),
  },
  { name: 'HTML body', weight: 0.2, matches: (m) => m.hasHtml },
  {
    name: 'many dollar amounts',
    weight: 0.15,
    matches: (m) => (m.text.match(/\$\s?\d/g) ?? []).length >= 3,
  },
  {
    name: 'sender address full of digits',
    weight: 0.15,
    matches: (m) => /\d{3,}[^@\s]*@/.test(m.from),
  },
  {
    name: 'sent through a mailing list',
    weight: -0.3,
    matches: (m) => 'list-id' in m.headers,
  },
];

export interface RulesVerdict {
  /** Sum of the weights of the rules that fired, clamped to [0, 1]. */
  score: number;
  fired: string[];
}

export function applyRules(message: RuleInput, rules: readonly Rule[] = RULES): RulesVerdict {
  // Your code: keep the rules whose `matches(message)` is true, add up their weights,
  // clamp the total to [0, 1], and return it with the names of the rules that fired.
  return { score: 0, fired: [] };
}

function mostlyUpperCase(text: string): boolean {
  // Your code: true when the text has at least 8 letters (A–Z, a–z) and more than 70% of
  // them are capitals. Count letters only: digits, spaces and punctuation do not vote.
  return false;
}
