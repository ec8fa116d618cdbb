import { describe, expect, it } from 'vitest';
import { communicationLinks } from './links';

/** Every pair of a team, written out one by one: the slow, obviously right count. */
function pairsListed(people: number): number {
  let pairs = 0;
  for (let a = 0; a < people; a++) for (let b = a + 1; b < people; b++) pairs++;
  return pairs;
}

describe('communicationLinks', () => {
  it('gives no links to a team of one, nor to an empty team', () => {
    expect(communicationLinks(1), 'one person has nobody to talk to').toBe(0);
    // Close to 0, not exactly 0: the formula gives -0 for an empty team, which is fine.
    expect(communicationLinks(0), 'nobody, no conversation (and no -1, no endless recursion)').toBeCloseTo(0, 12);
  });

  it('gives one link to a pair', () => {
    expect(communicationLinks(2), 'two people share exactly one conversation').toBe(1);
  });

  it('counts every pair once in a team of 3', () => {
    expect(communicationLinks(3), 'Ana–Ben, Ana–Cy and Ben–Cy are 3 links, not 6').toBe(3);
  });

  it('counts every pair once whatever the team size, not only the sizes the lessons quote', () => {
    for (let people = 2; people <= 40; people++) {
      expect(communicationLinks(people), `a team of ${people} has ${pairsListed(people)} pairs`).toBe(pairsListed(people));
    }
  });

  it('scales to a whole company: 1,000 people have 499,500 links', () => {
    expect(communicationLinks(1000), 'a formula that goes through 1000! overflows to Infinity and gives NaN').toBe(499_500);
  });
});
