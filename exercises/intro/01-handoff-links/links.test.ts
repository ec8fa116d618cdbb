import { describe, expect, it } from 'vitest';
import { communicationLinks } from './links';

describe('communicationLinks', () => {
  it('gives no links to a team of one', () => {
    expect(communicationLinks(1), 'one person has nobody to talk to').toBe(0);
  });

  it('gives one link to a pair', () => {
    expect(communicationLinks(2), 'two people share exactly one conversation').toBe(1);
  });

  it('counts every pair once in a team of 3', () => {
    expect(communicationLinks(3), 'Ana–Ben, Ana–Cy and Ben–Cy are 3 links, not 6').toBe(3);
  });

  it('grows much faster than the team: 7 people, 21 links', () => {
    expect(communicationLinks(4), 'a team of 4 has 6 pairs').toBe(6);
    expect(communicationLinks(7), 'a team of 7 has 21 pairs').toBe(21);
  });

  it('reaches 210 links for the 21 people of a three-team hand-off chain', () => {
    expect(communicationLinks(21), 'a team of 21 has 210 pairs').toBe(210);
  });
});
