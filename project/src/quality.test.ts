import { describe, expect, it } from 'vitest';
import { FOLDED_HEADERS, HTML_ONLY_SPAM, NO_DATE, QUOTED_PRINTABLE, rawMessage } from '../fixtures/messages';
import { cleanEmails } from './clean';
import { dedupe } from './dedupe';
import { parseEmail } from './parse';
import { distribution, qualityReport } from './quality';

describe('qualityReport', async () => {
  const parsed = await Promise.all([
    parseEmail(rawMessage('easy-ham-1/a', FOLDED_HEADERS)),
    parseEmail(rawMessage('easy-ham-1/b', NO_DATE)),
    parseEmail(rawMessage('spam-1/c', HTML_ONLY_SPAM, 'spam')),
    parseEmail(rawMessage('spam-1/d', QUOTED_PRINTABLE, 'spam')),
  ]);
  const { emails } = cleanEmails(parsed);
  const report = qualityReport(emails, dedupe(emails));
  const spam = report.byLabel.find((row) => row.name === 'spam')!;
  const ham = report.byGroup.find((row) => row.name === 'easy-ham-1')!;

  it('reports html-only share and encodings per label', () => {
    expect(report.byLabel.map((row) => row.name)).toEqual(['ham', 'spam']);
    expect(spam).toMatchObject({ messages: 2, hasHtml: 1, htmlOnly: 1, htmlOnlyShare: 0.5 });
    expect(spam.charsets).toEqual({ 'iso-8859-1': 1, 'us-ascii': 1 });
    expect(spam.transferEncodings).toEqual({ 'quoted-printable': 1 });
  });

  it('tells the received date apart from the sender’s Date header', () => {
    expect(ham.receivedDate).toEqual({ fromReceived: 1, fromDateHeader: 0, missing: 1, repaired: 0 });
    expect(ham.dateHeader).toEqual({ missing: 1, unparseable: 0, repaired: { 'year counted from 1900': 1 }, outsidePeriod: 0, offByMoreThanADay: 0 });
    // The spam says it was sent in 2028, and one spam date has a two-digit year and no zone.
    expect(spam.dateHeader).toMatchObject({ outsidePeriod: 1, offByMoreThanADay: 1, repaired: { 'missing zone': 1, 'two-digit year': 1 } });
  });

  it('summarises sizes', () => {
    expect(ham.sizeBytes.max).toBe(FOLDED_HEADERS.length);
    expect(ham.sizeBytes.min).toBe(NO_DATE.length);
  });
});

describe('distribution', () => {
  it('gives nearest-rank quartiles', () => {
    expect(distribution([5, 1, 4, 2, 3])).toEqual({ min: 1, p25: 2, median: 3, p75: 4, max: 5 });
    expect(distribution([])).toEqual({ min: 0, p25: 0, median: 0, p75: 0, max: 0 });
  });
});
