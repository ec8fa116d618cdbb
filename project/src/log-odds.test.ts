import { describe, expect, it } from 'vitest';
import { countTokens, smoothedLogOdds, tokenLogOdds } from './log-odds';

const messages = [
  { label: 'spam' as const, tokens: ['free', 'free', 'free', 'money'] },
  { label: 'spam' as const, tokens: ['free', 'offer'] },
  { label: 'ham' as const, tokens: ['meeting', 'free'] },
  { label: 'ham' as const, tokens: ['meeting'] },
  { label: 'ham' as const, tokens: [] },
];

describe('countTokens', () => {
  it('counts messages, not occurrences', () => {
    const { spamMessages, hamMessages, counts } = countTokens(messages);
    expect({ spamMessages, hamMessages }).toEqual({ spamMessages: 2, hamMessages: 3 });
    expect(counts).toEqual([
      { token: 'free', spam: 2, ham: 1 },
      { token: 'meeting', spam: 0, ham: 2 },
      { token: 'money', spam: 1, ham: 0 },
      { token: 'offer', spam: 1, ham: 0 },
    ]);
  });
});

describe('smoothedLogOdds', () => {
  it('is the difference of smoothed log-odds', () => {
    expect(smoothedLogOdds({ spam: 2, ham: 1 }, { spamMessages: 2, hamMessages: 3 })).toBeCloseTo(Math.log(3 / 1) - Math.log(2 / 3), 12);
    expect(smoothedLogOdds({ spam: 1, ham: 0 }, { spamMessages: 2, hamMessages: 3 }, 0.5)).toBeCloseTo(Math.log(1.5 / 1.5) - Math.log(0.5 / 3.5), 12);
  });

  it('stays finite for a token never seen in ham', () => {
    expect(Number.isFinite(smoothedLogOdds({ spam: 1, ham: 0 }, { spamMessages: 100, hamMessages: 100 }))).toBe(true);
  });
});

describe('tokenLogOdds', () => {
  it('ranks spam-like tokens first', () => {
    expect(tokenLogOdds(messages).map((entry) => entry.token)).toEqual(['free', 'money', 'offer', 'meeting']);
    expect(tokenLogOdds(messages)[0].logOdds).toBeGreaterThan(0);
    expect(tokenLogOdds(messages).at(-1)!.logOdds).toBeLessThan(0);
  });
});
