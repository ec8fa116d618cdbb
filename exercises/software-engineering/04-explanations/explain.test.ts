import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { showTable } from 'course:display';
import { SpamFilter, silentLogger } from '@project/spam-filter';
import { describeReason, describeToken, explain } from './explain';

describe('describeToken: a token in words', () => {
  it.each([
    ['click', '“click” in the body'],
    ['mailer', '“mailer” in the body'],
    ['mailers', '“mailers” in the body'],
    ['metal', '“metal” in the body'],
    ['urls', '“urls” in the body'],
    ['subject:free', '“free” in the subject'],
    ['from:hotmail.com', 'a sender at hotmail.com'],
    ['from:co.uk', 'a sender at co.uk'],
    ['from:john', '“john” in the sender’s name'],
    ['from:ip', 'a sender at a bare IP address'],
    ['url:example.com', 'a link to example.com'],
    ['url:ip', 'a link to a bare IP address'],
    ['content-type:text/html', 'the format text/html'],
    ['content-type:multipart/alternative', 'the format multipart/alternative'],
    ['content-type:none', 'no declared format'],
    ['mailer:outlook', 'the mail program “outlook”'],
    ['meta:html', 'an HTML part'],
    ['meta:attachment', 'an attachment'],
  ])('%s → %s', (token, words) => expect(describeToken(token), token).toBe(words));

  it.each([
    ['!', 'an exclamation mark in the body'],
    ['$#', 'a dollar amount in the body'],
    ['subject:!', 'an exclamation mark in the subject'],
    ['subject:$#', 'a dollar amount in the subject'],
    ['#pm', '“#pm” (# is any number) in the body'],
    ['subject:#', '“#” (# is any number) in the subject'],
    ['$us', '“$us” in the body'],
  ])('%s → %s (the tokenizer’s marks)', (token, words) => expect(describeToken(token), token).toBe(words));

  it('describes every token of the shipped model without the tokenizer’s prefixes', () => {
    const prefixed = /\b(subject|from|url|content-type|mailer|meta):/;
    const leaking = model.vocabulary.filter((token) => prefixed.test(describeToken(token))).map((token) => `${token} → ${describeToken(token)}`);
    expect(leaking.slice(0, 5), `${leaking.length} of ${model.vocabulary.length} tokens described with a prefix`).toEqual([]);
  });
});

describe('describeReason: how much a token changed the odds', () => {
  it.each([
    [Math.log(3.9), 'An exclamation mark in the body made spam 3.9 times more likely.', '!'],
    [-Math.log(1.7), '“the” in the body made spam 1.7 times less likely.', 'the'],
    [Math.log(81), '“click” in the body made spam 81 times more likely.', 'click'],
    [-Math.log(250.4), 'A sender at example.com made spam 250 times less likely.', 'from:example.com'],
    [Math.log(9.94), 'An HTML part made spam 9.9 times more likely.', 'meta:html'],
    [Math.log(10.2), '“free” in the subject made spam 10 times more likely.', 'subject:free'],
    [Math.log(999.4), 'A link to example.com made spam 999 times more likely.', 'url:example.com'],
    [Math.log(1001), 'The format text/html made spam over 1,000 times more likely.', 'content-type:text/html'],
    [-12, 'The mail program “exmh” made spam over 1,000 times less likely.', 'mailer:exmh'],
    [Math.LN10, 'An attachment made spam 10 times more likely.', 'meta:attachment'],
    [-3 * Math.LN10, 'No declared format made spam over 1,000 times less likely.', 'content-type:none'],
    [0, '“hello” in the body did not change the odds.', 'hello'],
  ])('weight %d: %s', (weight, sentence, token) => expect(describeReason({ token, weight })).toBe(sentence));
});

describe('explain: the whole decision', () => {
  it('puts the verdict first, then one sentence per reason, in their order', () => {
    expect(explain({ label: 'spam', score: 0.996, threshold: 0.92, reasons: [{ token: '!', weight: Math.log(4) }, { token: 'the', weight: -Math.log(2) }] })).toEqual([
      'Spam: its score, 0.996, is at or above the threshold of 0.920.',
      'An exclamation mark in the body made spam 4.0 times more likely.',
      '“the” in the body made spam 2.0 times less likely.',
    ]);
  });

  it('explains the demo messages of the sample with the shipped model', () => {
    const filter = SpamFilter.fromModelFile(model, { logger: silentLogger });
    const rows = [];
    for (const m of sample.filter((message) => message.demo)) {
      const result = filter.classify(m.raw);
      const lines = explain(result);
      expect(lines[0].startsWith(result.label === 'spam' ? 'Spam:' : 'Not spam:'), `${m.id}: ${lines[0]}`).toBe(true);
      expect(lines.slice(1), `${m.id}: one sentence per reason`).toEqual(result.reasons.map(describeReason));
      rows.push({ message: m.id, decision: lines[0], 'the strongest reason': lines[1] });
    }
    showTable(rows, 'The demo messages, explained by your code');
  });
});
