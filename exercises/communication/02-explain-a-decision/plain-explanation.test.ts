import { describe, expect, it } from 'vitest';
import type { Classification } from '@project/spam-filter';
import { explainToUser, numbersApart } from './plain-explanation';

// Made-up decisions with every kind of reason (the other test file uses the real filter).
const spam: Classification = {
  label: 'spam',
  score: 0.97,
  threshold: 0.92,
  reasons: [
    { token: 'click', weight: 2.1 },
    { token: 'wrote', weight: -1.5 },
    { token: 'subject:free', weight: 1.2 },
    { token: 'url:ip', weight: 0.6 },
    { token: 'meta:html', weight: 0.2 },
  ],
};
const ham: Classification = {
  label: 'ham',
  score: 0.1,
  threshold: 0.92,
  reasons: [
    { token: 'cheers', weight: -2 },
    { token: 'free', weight: 1.4 },
    { token: 'exmh', weight: -1.1 },
    { token: 'money', weight: 0.9 },
  ],
};

describe('numbersApart', () => {
  it('prints both numbers with two decimals when that tells them apart', () => {
    expect(numbersApart(0.5, 0.92), '0.5 against 0.92').toEqual(['0.50', '0.92']);
    expect(numbersApart(0.97, 0.92133), '0.97 against 0.92133').toEqual(['0.97', '0.92']);
  });

  it('adds decimals until a score near the threshold no longer reads like it', () => {
    expect(numbersApart(0.919, 0.921), '0.919 against 0.921 (not "0.92, below 0.92")').toEqual(['0.919', '0.921']);
    expect(numbersApart(0.92101, 0.921), '0.92101 against 0.921').toEqual(['0.92101', '0.92100']);
    expect(numbersApart(0.921, 0.921), 'equal numbers are not made to look different').toEqual(['0.92', '0.92']);
  });

  it('never prints a score as a certain 0 or 1 unless it is one', () => {
    expect(numbersApart(0.9965, 0.92133), '0.9965 (not "1.00")').toEqual(['0.997', '0.921']);
    expect(numbersApart(0.0003, 0.92133), '0.0003 (not "0.00")').toEqual(['0.0003', '0.9213']);
    expect(numbersApart(1, 0.9), 'exactly 1').toEqual(['1.00', '0.90']);
    expect(numbersApart(0, 0.5), 'exactly 0').toEqual(['0.00', '0.50']);
  });

  it('stops at six decimals', () => {
    expect(numbersApart(0.99999999, 0.5), 'a score of 0.99999999').toEqual(['1.000000', '0.500000']);
    expect(numbersApart(0.5000000001, 0.5), '0.5000000001 against 0.5').toEqual(['0.500000', '0.500000']);
  });
});

describe('explainToUser', () => {
  it('gives two sentences: for spam, where the message went, its score and the cut-off', () => {
    const sentences = explainToUser(spam);
    expect(sentences, 'two sentences').toHaveLength(2);
    expect(sentences[0], 'the verdict').toBe('We moved this message to your spam folder: it scored 0.97 out of 1, and 0.92 or more goes to spam.');
  });

  it('names the three strongest reasons towards spam, and the strongest against', () => {
    expect(explainToUser(spam)[1], 'reasons of a spam decision').toBe(
      'What counted most towards spam: “click”, “free” in the subject and a link to a bare IP address; against it: “wrote”.',
    );
  });

  it('explains a legitimate message from the reasons against spam', () => {
    const [verdict, why] = explainToUser(ham);
    expect(verdict, 'the verdict').toBe('We kept this message in your inbox: it scored 0.10 out of 1, below the 0.92 that sends mail to spam.');
    expect(why, 'reasons of a ham decision').toBe('What counted most against spam: “cheers” and “exmh”; towards it: “free”.');
  });

  it('ranks reasons by the size of their weight, whatever order they come in', () => {
    const shuffled = { ...spam, reasons: [spam.reasons[4], spam.reasons[3], spam.reasons[1], spam.reasons[0], spam.reasons[2]] };
    expect(explainToUser(shuffled)[1], 'the same reasons, given weakest first').toBe(explainToUser(spam)[1]);
    const counterFirst = { ...ham, reasons: [{ token: 'money', weight: 0.9 }, ...ham.reasons.filter((reason) => reason.token !== 'money')] };
    expect(explainToUser(counterFirst)[1], 'the strongest reason against, not the first one given').toContain('; towards it: “free”.');
  });

  it('leaves out reasons that moved nothing, and says so when nothing counted for the verdict', () => {
    expect(explainToUser({ ...ham, reasons: [{ token: 'hello', weight: 0 }] })[1], 'a reason of weight 0').toBe('No word in it counted against spam.');
    expect(explainToUser({ ...spam, reasons: [{ token: 'wrote', weight: -0.4 }] })[1], 'a spam verdict with only a reason against').toBe('No word in it counted towards spam; against it: “wrote”.');
    expect(explainToUser({ ...spam, reasons: [] })[1], 'no reasons at all').toBe('No word in it counted towards spam.');
    expect(explainToUser({ ...spam, reasons: [{ token: 'click', weight: 2 }] })[1], 'one reason, nothing against').toBe('What counted most towards spam: “click”.');
  });

  it('follows the label it is given, even at the threshold', () => {
    expect(explainToUser({ ...spam, score: 0.92 })[0], 'a score exactly at the threshold is spam').toBe(
      'We moved this message to your spam folder: it scored 0.92 out of 1, and 0.92 or more goes to spam.',
    );
    expect(explainToUser({ ...ham, score: 0.9199 })[0], 'a score just under it').toBe('We kept this message in your inbox: it scored 0.9199 out of 1, below the 0.9200 that sends mail to spam.');
  });
});
