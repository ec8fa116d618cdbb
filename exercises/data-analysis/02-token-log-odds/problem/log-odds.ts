/**
 * Which tokens give spam away: for every token, in how many spam and ham messages it appears,
 * and the smoothed log-odds ratio of appearing in spam rather than ham. Counting messages, not
 * occurrences, keeps one message that repeats "FREE" fifty times from speaking for fifty.
 */
import type { Label } from '@project/types';

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
  // TODO: count spam and ham messages, and for each token the messages it appears in (once per
  // message, however often it repeats there). Sort the counts by token.
  return { spamMessages: 0, hamMessages: 0, counts: [] };
}

/**
 * Log-odds ratio with add-`alpha` smoothing: ln((s + α) / (S − s + α)) − ln((h + α) / (H − h + α))
 * for a token in s of S spam and h of H ham messages. Without smoothing a token never seen in ham
 * gets +∞, however rare it is.
 */
export function smoothedLogOdds(counts: Pick<TokenCounts, 'spam' | 'ham'>, totals: MessageTotals, alpha = 1): number {
  // TODO: the odds of appearing in a spam message, over the odds of appearing in a ham message,
  // both smoothed by alpha, as a natural logarithm.
  return counts.spam - counts.ham;
}

/** Every token with its counts and smoothed log-odds, most spam-like first (ties in token order). */
export function tokenLogOdds(messages: readonly LabelledTokens[], alpha = 1): TokenLogOdds[] {
  const { counts, ...totals } = countTokens(messages);
  return counts
    .map((entry) => ({ ...entry, logOdds: smoothedLogOdds(entry, totals, alpha) }))
    .sort((a, b) => b.logOdds - a.logOdds || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}
