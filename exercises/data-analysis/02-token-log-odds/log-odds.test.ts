import { describe, expect, it } from 'vitest';
import { countTokens, smoothedLogOdds, tokenLogOdds } from './log-odds';

const messages = [
  { label: 'ham' as const, tokens: ['meeting', 'free'] },
  { label: 'spam' as const, tokens: ['free', 'free', 'free', 'money'] },
  { label: 'ham' as const, tokens: ['meeting'] },
  { label: 'spam' as const, tokens: ['offer', 'free'] },
  { label: 'ham' as const, tokens: [] },
];

describe('countTokens', () => {
  it('counts the spam and ham messages, empty ones included', () => {
    const { spamMessages, hamMessages } = countTokens(messages);
    expect({ spamMessages, hamMessages }, '2 spam and 3 ham messages, one of them with no tokens').toEqual({ spamMessages: 2, hamMessages: 3 });
  });

  it('counts messages, not occurrences, and sorts by token', () => {
    expect(countTokens(messages).counts, '"free" appears 4 times in 2 spam messages: that is 2 messages').toEqual([
      { token: 'free', spam: 2, ham: 1 },
      { token: 'meeting', spam: 0, ham: 2 },
      { token: 'money', spam: 1, ham: 0 },
      { token: 'offer', spam: 1, ham: 0 },
    ]);
  });

  it('sorts by token, whatever the counts', () => {
    const zebras = [
      { label: 'ham' as const, tokens: ['zebra'] },
      { label: 'spam' as const, tokens: ['zebra', 'apple'] },
    ];
    expect(countTokens(zebras).counts.map((entry) => entry.token), '"zebra" is in more messages, "apple" comes first').toEqual(['apple', 'zebra']);
  });

  it('gives nothing for no messages', () => {
    expect(countTokens([]), 'no messages').toEqual({ spamMessages: 0, hamMessages: 0, counts: [] });
  });
});

describe('smoothedLogOdds', () => {
  const totals = { spamMessages: 100, hamMessages: 300 };

  it('compares the odds of appearing in spam with the odds in ham', () => {
    // 40 of 100 spam: smoothed odds 41/61. 30 of 300 ham: 31/271.
    expect(smoothedLogOdds({ spam: 40, ham: 30 }, totals), '40 of 100 spam, 30 of 300 ham, alpha 1').toBeCloseTo(Math.log(41 / 61) - Math.log(31 / 271), 10);
  });

  it('uses the alpha it is given', () => {
    expect(smoothedLogOdds({ spam: 40, ham: 30 }, totals, 0.5), 'alpha 0.5').toBeCloseTo(Math.log(40.5 / 60.5) - Math.log(30.5 / 270.5), 10);
  });

  it('is positive for spam-leaning tokens and negative for ham-leaning ones', () => {
    expect(smoothedLogOdds({ spam: 50, ham: 3 }, totals), '50 of 100 spam, 3 of 300 ham').toBeGreaterThan(0);
    expect(smoothedLogOdds({ spam: 1, ham: 150 }, totals), '1 of 100 spam, 150 of 300 ham').toBeLessThan(0);
    expect(Math.abs(smoothedLogOdds({ spam: 10, ham: 30 }, totals)), 'the same share (10%) of each: next to no lean').toBeLessThan(0.1);
  });

  it('stays finite for tokens never seen in ham, or in every spam', () => {
    expect(Number.isFinite(smoothedLogOdds({ spam: 1, ham: 0 }, totals)), 'a token in 1 spam and no ham: smoothing keeps it finite').toBe(true);
    expect(Number.isFinite(smoothedLogOdds({ spam: 100, ham: 0 }, totals)), 'a token in every spam message').toBe(true);
  });

  it('ranks a token seen in 1 spam below one seen in 30 spam and 1 ham', () => {
    const rare = smoothedLogOdds({ spam: 1, ham: 0 }, totals);
    const common = smoothedLogOdds({ spam: 30, ham: 1 }, totals);
    expect(rare, `1 spam, 0 ham scores ${rare.toFixed(2)}; 30 spam, 1 ham scores ${common.toFixed(2)}`).toBeLessThan(common);
  });
});

describe('tokenLogOdds', () => {
  it('puts spam-like tokens first and ham-like last', () => {
    expect(tokenLogOdds(messages).map((entry) => entry.token), 'free, money, offer, meeting').toEqual(['free', 'money', 'offer', 'meeting']);
  });
});
