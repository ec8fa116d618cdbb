import { describe, expect, it } from 'vitest';
import { dedupe, nearDuplicatePairs } from './dedupe';
import type { Email, Label } from './types';

function email(id: string, date: string | null, text: string, label: Label = 'spam'): Email {
  return { id, group: `${label}-1`, label, headers: {}, subject: '', from: '', date, text, hasHtml: false, attachments: 0, sizeBytes: text.length };
}

const campaign = (name: string) =>
  `Dear ${name}, you have been selected for a limited offer. Our online pharmacy ships cheap meds overnight ` +
  'with no prescription needed. Reply today to claim your discount and free shipping on every order you place ' +
  'this month. Thousands of happy customers trust us with their health every single day. Unsubscribe at any time.';

describe('dedupe', () => {
  it('removes exact duplicates up to case and whitespace, keeping the earliest', () => {
    const result = dedupe([
      email('b', '2002-08-02T00:00:00.000Z', 'Buy  NOW\nplease'),
      email('a', '2002-08-03T00:00:00.000Z', 'buy now please'),
      email('c', null, 'buy now please'),
      email('d', '2002-08-01T00:00:00.000Z', 'something else entirely'),
    ]);
    expect(result.emails.map((e) => e.id)).toEqual(['b', 'd']);
    expect(result.clusters).toEqual([{ kept: 'b', removed: ['a', 'c'], kind: 'exact', mixedLabels: false }]);
    expect(result).toMatchObject({ exactRemoved: 2, nearRemoved: 0 });
  });

  it('removes near duplicates (a campaign that changes the name) but not different messages', () => {
    const result = dedupe([
      email('x1', '2002-07-01T00:00:00.000Z', campaign('John')),
      email('x2', '2002-07-02T00:00:00.000Z', campaign('Mary')),
      email('x3', '2002-07-03T00:00:00.000Z', campaign('Sue')),
      email('y', '2002-07-01T00:00:00.000Z', 'Minutes of the build meeting: the release moves to Friday, reviews due Thursday, and the CI box needs a new disk.', 'ham'),
    ]);
    expect(result.emails.map((e) => e.id)).toEqual(['x1', 'y']);
    expect(result.clusters).toEqual([{ kept: 'x1', removed: ['x2', 'x3'], kind: 'near', mixedLabels: false }]);
    expect(result).toMatchObject({ exactRemoved: 0, nearRemoved: 2 });
  });

  it('never merges empty bodies, and flags clusters whose labels disagree', () => {
    const result = dedupe([email('a', null, ''), email('b', null, ''), email('c', null, 'same words', 'ham'), email('d', null, 'same words', 'spam')]);
    expect(result.emails.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(result.clusters[0].mixedLabels).toBe(true);
  });

  it('is deterministic and independent of input order', () => {
    const emails = ['Ann', 'Bob', 'Cy', 'Di'].map((name, i) => email(`m${i}`, null, campaign(name)));
    expect(dedupe(emails.slice().reverse())).toEqual(dedupe(emails));
  });
});

describe('nearDuplicatePairs', () => {
  it('finds pairs above the threshold only', () => {
    const bodies = [campaign('john'), campaign('mary'), 'too short', 'an entirely different text about compilers, linkers and the joys of build systems everywhere'];
    expect(nearDuplicatePairs(bodies)).toEqual([[0, 1]]);
    expect(nearDuplicatePairs(bodies, { threshold: 1 })).toEqual([]);
  });
});
