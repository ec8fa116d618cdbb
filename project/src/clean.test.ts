import { describe, expect, it } from 'vitest';
import { HTML_ONLY_SPAM, ONLY_A_FUTURE_DATE, plainMessage, rawMessage } from '../fixtures/messages';
import { cleanEmails } from './clean';
import { parseEmail } from './parse';

describe('cleanEmails', () => {
  it('nulls dates outside the corpus period and counts every change', async () => {
    const emails = await Promise.all([
      parseEmail(rawMessage('a', ONLY_A_FUTURE_DATE)),
      parseEmail(rawMessage('b', HTML_ONLY_SPAM, 'spam')),
      parseEmail(rawMessage('c', plainMessage('Mon, 2 Sep 2002 09:00:00 +0000', '   \n\n'))),
      parseEmail(rawMessage('d', plainMessage('Mon, 2 Sep 2002 09:00:00 +0000', 'spaced    out\n\n\n\nwords'))),
    ]);
    expect(emails[0].date).toBe('2020-10-07T23:01:36.000Z'); // parsing alone does not judge plausibility

    const { emails: cleaned, notes } = cleanEmails(emails);
    expect(cleaned.map((email) => email.date)).toEqual([null, '2002-08-25T20:36:36.000Z', '2002-09-02T09:00:00.000Z', '2002-09-02T09:00:00.000Z']);
    expect(cleaned[3].text).toBe('spaced out\n\nwords');
    expect(notes).toEqual({
      'date: outside period': 1,
      'date: none trustworthy': 1,
      'empty body': 1,
      'whitespace normalised': 1,
    });
  });
});
