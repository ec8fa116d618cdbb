import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { readMessage } from '@project/read-message';
import { applyRules, RULES, type Rule, type RuleInput } from './rules';

/** A made-up message: plain, from a person, no list headers. Override what a test needs. */
function message(overrides: Partial<RuleInput> = {}): RuleInput {
  return { subject: 'Notes from Tuesday', from: 'ana@example.com', text: 'See the attached notes.', hasHtml: false, headers: {}, ...overrides };
}

const messages = sample;
const byId = (id: string) => {
  const found = messages.find((m) => m.id === id);
  if (!found) throw new Error(`${id} is not in the sample`);
  return found;
};

describe('applyRules', () => {
  it('scores a plain message 0, with no rule fired', () => {
    expect(applyRules(message()), 'nothing suspicious').toEqual({ score: 0, fired: [] });
  });

  it('adds up the weights of the rules that fire, and names them in the order of RULES', () => {
    const verdict = applyRules(message({ subject: 'Win cash now!!' }));
    expect(verdict.fired, 'money words (0.3) and "!!" (0.25)').toEqual(['money or prize words in the subject', 'shouting subject']);
    expect(verdict.score, '0.3 + 0.25').toBeCloseTo(0.55);
  });

  it('never scores above 1', () => {
    const loud = message({ subject: 'FREE CASH OFFER TODAY', text: 'Click here. To be removed, reply. $1 $2 $3', hasHtml: true, from: 'win12345@example.com' });
    expect(applyRules(loud).fired.length, 'this message fires 7 rules').toBe(7);
    expect(applyRules(loud).score, 'the weights add up to 1.55; the score stops at 1').toBe(1);
  });

  it('never scores below 0 (a mailing-list message has a negative weight)', () => {
    const list = applyRules(message({ headers: { 'list-id': ['<razor-users.lists.sourceforge.net>'] } }));
    expect(list.fired, 'the list rule fires').toEqual(['sent through a mailing list']);
    expect(list.score, 'a total of -0.3 is clamped to 0').toBe(0);
  });

  it('counts the negative weight even when other rules fire: a newsletter from a list', () => {
    const newsletter = applyRules(message({ subject: 'Save on software', hasHtml: true, headers: { 'list-id': ['<news.example.com>'] } }));
    expect(newsletter.fired, 'money words, HTML, and the list').toEqual(['money or prize words in the subject', 'HTML body', 'sent through a mailing list']);
    expect(newsletter.score, '0.3 + 0.2 - 0.3: the list rule pulls the score down').toBeCloseTo(0.2);
  });

  it('uses the rules it is given', () => {
    const onlyHtml: Rule[] = [{ name: 'HTML body', weight: 0.4, matches: (m) => m.hasHtml }];
    expect(applyRules(message({ hasHtml: true, subject: 'Win cash' }), onlyHtml), 'just the one rule passed in').toEqual({ score: 0.4, fired: ['HTML body'] });
  });
});

describe('shouting subject (mostlyUpperCase)', () => {
  const shouts = (subject: string) => applyRules(message({ subject })).fired.includes('shouting subject');
  it('fires on a subject written mostly in capitals', () => {
    expect(shouts('URGENT BUSINESS PROPOSAL'), 'all capitals').toBe(true);
    expect(shouts('Re: URGENT BUSINESS PROPOSAL'), '23 of 24 letters are capitals').toBe(true);
    expect(shouts('URGENT: 50% OFF, 2 DAYS'), 'all 13 letters are capitals; digits, spaces and punctuation do not count').toBe(true);
    expect(shouts('SAVE 50% ON 2002 MODELS'), 'all 12 letters are capitals; the 6 digits are not lower-case letters').toBe(true);
  });
  it('starts at 8 letters and at more than 70% capitals, exactly as the rule says', () => {
    expect(shouts('BIG SALES'), 'exactly 8 letters, all capitals: shouting').toBe(true);
    expect(shouts('BIG SALE'), '7 letters: too short').toBe(false);
    expect(shouts('SAVE BIG now'), '7 capitals of 10 letters is exactly 70%, not more').toBe(false);
    expect(shouts('SAVE BIGG now'), '8 capitals of 11 letters is 73%').toBe(true);
  });
  it('does not fire on short or mixed-case subjects', () => {
    expect(shouts('FYI'), 'too short to be shouting (fewer than 8 letters)').toBe(false);
    expect(shouts('NASA and IBM sign a deal'), 'mixed case: 7 capitals out of 19 letters').toBe(false);
    expect(shouts('1234567890 ABC!'), 'digits do not count: only 3 letters').toBe(false);
  });
});

describe('on real messages from the corpus sample', () => {
  it('fires on a legitimate newsletter from the hard-ham group', () => {
    const raw = byId('hard-ham-1/00035.a0e0e8cdca0b8352a9e9c2c81e5d5cd7.txt');
    const verdict = applyRules(readMessage(raw.raw));
    expect(verdict.fired, 'four rules fire on this legitimate (ham) message').toEqual([
      'money or prize words in the subject',
      'HTML body',
      'many dollar amounts',
      'sender address full of digits',
    ]);
    expect(verdict.score, '0.3 + 0.2 + 0.15 + 0.15').toBeCloseTo(0.8);
  });

  it('scores every sample message between 0 and 1, naming only rules from RULES', () => {
    const names = new Set(RULES.map((rule) => rule.name));
    for (const m of messages) {
      const read = readMessage(m.raw);
      const verdict = applyRules(read);
      const seen = `${m.id} (subject "${read.subject.slice(0, 60)}", fired: ${verdict.fired.join(', ') || 'none'})`;
      expect(verdict.score >= 0 && verdict.score <= 1, `score ${verdict.score} of ${seen} is in [0, 1]`).toBe(true);
      expect(verdict.fired.every((name) => names.has(name)), `rules fired on ${seen} are real rules`).toBe(true);
    }
  });

  it('gives spam a higher average score than ham', () => {
    const mean = (label: string) => {
      const scores = messages.filter((m) => m.label === label).map((m) => applyRules(readMessage(m.raw)).score);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(mean('spam'), 'average spam score above average ham score').toBeGreaterThan(mean('ham'));
  });
});
