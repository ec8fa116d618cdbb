/**
 * Which tokens give spam away: for every token, in how many spam and ham messages it appears,
 * and the smoothed log-odds ratio of appearing in spam rather than ham. Counting messages, not
 * occurrences, keeps one message that repeats "FREE" fifty times from speaking for fifty.
 */
import type { Label } from './types';

/** A message as the analysis sees it: its label and its tokens (repeats allowed). */
export interface LabelledTokens {
  label: Label;
  tokens: readonly string[];
}

export interface TokenCounts {
  token: string;
  /** Spam messages the token appears in (at least once). */
  spam: number;
  /** Ham messages the token appears in. */
  ham: number;
}

export interface TokenLogOdds extends TokenCounts {
  /** ln(odds in spam) − ln(odds in ham), smoothed: above 0 leans spam, below 0 leans ham. */
  logOdds: number;
}

export interface MessageTotals {
  spamMessages: number;
  hamMessages: number;
}

/** How many spam and ham messages each token appears in, tokens in code-unit order. */
export function countTokens(messages: readonly LabelledTokens[]): MessageTotals & { counts: TokenCounts[] } {
  const counts = new Map<string, TokenCounts>();
  let spamMessages = 0;
  for (const message of messages) {
    if (message.label === 'spam') spamMessages++;
    for (const token of new Set(message.tokens)) {
      let entry = counts.get(token);
      if (!entry) counts.set(token, (entry = { token, spam: 0, ham: 0 }));
      entry[message.label]++;
    }
  }
  return {
    spamMessages,
    hamMessages: messages.length - spamMessages,
    // Tokens are unique, so two are never equal.
    counts: [...counts.values()].sort((a, b) => (a.token < b.token ? -1 : 1)),
  };
}

/**
 * Log-odds ratio with add-`alpha` smoothing: ln((s + α) / (S − s + α)) − ln((h + α) / (H − h + α))
 * for a token in s of S spam and h of H ham messages. Without smoothing a token never seen in ham
 * gets +∞, however rare it is.
 */
export function smoothedLogOdds(counts: Pick<TokenCounts, 'spam' | 'ham'>, totals: MessageTotals, alpha = 1): number {
  const spamOdds = (counts.spam + alpha) / (totals.spamMessages - counts.spam + alpha);
  const hamOdds = (counts.ham + alpha) / (totals.hamMessages - counts.ham + alpha);
  return Math.log(spamOdds) - Math.log(hamOdds);
}

/** Every token with its counts and smoothed log-odds, most spam-like first (ties in token order). */
export function tokenLogOdds(messages: readonly LabelledTokens[], alpha = 1): TokenLogOdds[] {
  const { counts, ...totals } = countTokens(messages);
  return counts
    .map((entry) => ({ ...entry, logOdds: smoothedLogOdds(entry, totals, alpha) }))
    .sort((a, b) => b.logOdds - a.logOdds || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}
