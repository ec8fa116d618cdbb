import { describe, expect, it } from 'vitest';
import { describeReason, describeToken, explain } from './explain';

describe('describeToken', () => {
  it.each([
    ['click', '“click” in the body'],
    ['subject:free', '“free” in the subject'],
    ['from:hotmail.com', 'a sender at hotmail.com'],
    ['from:john', '“john” in the sender’s name'],
    ['from:ip', 'a sender at a bare IP address'],
    ['url:example.com', 'a link to example.com'],
    ['url:ip', 'a link to a bare IP address'],
    ['content-type:text/html', 'the format text/html'],
    ['content-type:none', 'no declared format'],
    ['mailer:outlook', 'the mail program “outlook”'],
    ['meta:html', 'an HTML part'],
    ['meta:attachment', 'an attachment'],
    ['!', 'an exclamation mark in the body'],
    ['$#', 'a dollar amount in the body'],
    ['subject:#pm', '“#pm” (# is any number) in the subject'],
    ['mailer', '“mailer” in the body'],
  ])('%s → %s', (token, words) => expect(describeToken(token)).toBe(words));
});

describe('explain', () => {
  it('states the verdict against the threshold and each reason’s effect on the odds', () => {
    expect(explain({ label: 'spam', score: 0.97, threshold: 0.41, reasons: [{ token: 'click', weight: Math.log(81) }, { token: 'subject:re', weight: -Math.log(3.5) }] })).toEqual([
      'Spam: its score, 0.970, is at or above the threshold of 0.410.',
      '“click” in the body made spam 81 times more likely.',
      '“re” in the subject made spam 3.5 times less likely.',
    ]);
    expect(describeReason({ token: 'meta:html', weight: 9 })).toBe('An HTML part made spam over 1,000 times more likely.');
    expect(describeReason({ token: 'hello', weight: 0 })).toBe('“hello” in the body did not change the odds.');
  });

  it('shows as many decimals as it takes to tell the score from the threshold', () => {
    expect(explain({ label: 'ham', score: 0.40999, threshold: 0.41, reasons: [] })[0]).toBe('Not spam: its score, 0.40999, is below the threshold of 0.41000.');
  });
});
