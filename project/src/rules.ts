import type { Email } from './types';

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
  const fired = rules.filter((rule) => rule.matches(message));
  const total = fired.reduce((sum, rule) => sum + rule.weight, 0);
  return { score: Math.min(1, Math.max(0, total)), fired: fired.map((rule) => rule.name) };
}

function mostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7;
}
