import { describe, expect, it } from 'vitest';
import { HAM, SPAM, toyModelFile } from './fixtures/toy-model';
import { explainToUser, listOf, numbersApart, phraseOf } from './plain-explanation';
import { silentLogger, SpamFilter } from './spam-filter';

describe('explainToUser', () => {
  it('explains a spam decision: verdict and score, then reasons for and one against', () => {
    const [verdict, why] = explainToUser({
      label: 'spam',
      score: 0.97,
      threshold: 0.92,
      reasons: [
        { token: 'click', weight: 2 },
        { token: 'wrote', weight: -1.5 },
        { token: 'subject:free', weight: 1 },
        { token: 'url:ip', weight: 0.5 },
        { token: 'meta:html', weight: 0.2 },
      ],
    });
    expect(verdict).toBe('We moved this message to your spam folder: it scored 0.97 out of 1, and 0.92 or more goes to spam.');
    expect(why).toBe('What counted most towards spam: “click”, “free” in the subject and a link to a bare IP address; against it: “wrote”.');
  });

  it('explains a legitimate message from the reasons against spam', () => {
    const [verdict, why] = explainToUser({ label: 'ham', score: 0.1, threshold: 0.92, reasons: [{ token: 'free', weight: 1 }, { token: 'cheers', weight: -2 }] });
    expect(verdict).toBe('We kept this message in your inbox: it scored 0.10 out of 1, below the 0.92 that sends mail to spam.');
    expect(why).toBe('What counted most against spam: “cheers”; towards it: “free”.');
  });

  it('says so when no word counted for the verdict', () => {
    expect(explainToUser({ label: 'ham', score: 0.4, threshold: 0.5, reasons: [] })[1]).toBe('No word in it counted against spam.');
  });

  it('explains real decisions of a filter', () => {
    const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: silentLogger });
    expect(explainToUser(filter.classify(SPAM))[0]).toMatch(/^We moved this message to your spam folder/);
    expect(explainToUser(filter.classify(HAM))[0]).toMatch(/^We kept this message in your inbox/);
  });
});

describe('numbersApart', () => {
  it('never prints the score as the threshold, or as a certain 0 or 1', () => {
    expect(numbersApart(0.919, 0.921)).toEqual(['0.919', '0.921']);
    expect(numbersApart(0.9965, 0.92133)).toEqual(['0.997', '0.921']);
    expect(numbersApart(0.0003, 0.92133)).toEqual(['0.0003', '0.9213']);
    expect(numbersApart(0.5, 0.92)).toEqual(['0.50', '0.92']);
  });
});

describe('phraseOf and listOf', () => {
  it('reads tokens the way a person would', () => {
    expect(['from:example.com', 'from:ip', 'from:joe', 'url:example.com', 'content-type:none', 'content-type:text/html', 'mailer:outlook', 'meta:attachment', '!', '$#', '#am'].map(phraseOf)).toEqual([
      'a sender at “example.com”',
      'a sender at a bare IP address',
      '“joe” in the sender’s name',
      'a link to “example.com”',
      'no declared format',
      'the format “text/html”',
      'the mail program “outlook”',
      'an attachment',
      'an exclamation mark',
      'a dollar amount',
      '“#am” (# is any number)',
    ]);
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listOf)).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
