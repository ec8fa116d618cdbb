/**
 * What gives spam away in the course's sample: every token of the messages in the time
 * split's training period (never the test period: what you learn here shapes the features),
 * ranked by your smoothed log-odds, as a table and a chart.
 */
import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { showPlot, showTable } from 'course:display';
import { readMessage } from '@project/read-message';
import { tokenize } from '@project/tokenize';
import { countTokens, tokenLogOdds } from './log-odds';
import { logOddsChart } from './log-odds-chart';

const training = sample.filter((message) => message.splits.time === 'train' || message.splits.time === 'validation');
const messages = training.map((message) => ({ label: message.label, tokens: tokenize(readMessage(message.raw)) }));
const spam = training.filter((message) => message.label === 'spam').length;
const ham = training.length - spam;
const ranked = tokenLogOdds(messages);
const spamSide = ranked.slice(0, 12);
const hamSide = ranked.slice(-12);

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('tokens of the sample’s training period', () => {
  it('counts the messages of the training period only', () => {
    const totals = countTokens(messages);
    expect(totals.spamMessages, `spam messages among the ${training.length} of the training period`).toBe(spam);
    expect(totals.hamMessages, 'ham messages of the training period').toBe(ham);
  });

  it('gives every token a finite log-odds', () => {
    const infinite = ranked.filter((entry) => !Number.isFinite(entry.logOdds));
    expect(infinite.length, `tokens with an infinite or missing log-odds, e.g. ${infinite.slice(0, 3).map((entry) => `"${entry.token}" (${entry.spam} spam, ${entry.ham} ham)`).join(', ')}`).toBe(0);
  });

  it('ranks tokens that really lean to spam first, none of them a one-off', () => {
    showTable(spamSide.map(({ token, spam, ham, logOdds }) => ({ token, spam, ham, logOdds: logOdds.toFixed(2) })), 'Most spam-like tokens (your log-odds)');
    for (const entry of spamSide) {
      expect(entry.spam / spam, `"${entry.token}": in ${entry.spam} of ${spam} spam and ${entry.ham} of ${ham} ham`).toBeGreaterThan(entry.ham / ham);
      expect(entry.spam, `"${entry.token}" tops the list from ${entry.spam} spam message(s): a tiny count`).toBeGreaterThanOrEqual(3);
    }
  });

  it('ranks tokens that lean to ham last', () => {
    showTable(hamSide.map(({ token, spam, ham, logOdds }) => ({ token, spam, ham, logOdds: logOdds.toFixed(2) })), 'Most ham-like tokens (your log-odds)');
    for (const entry of hamSide) {
      expect(entry.ham / ham, `"${entry.token}": in ${entry.ham} of ${ham} ham and ${entry.spam} of ${spam} spam`).toBeGreaterThan(entry.spam / spam);
    }
  });

  it('draws your chart: a bar per token, as long as its log-odds', () => {
    const rows = [...spamSide, ...hamSide];
    const chart = logOddsChart(rows);
    showPlot(chart, 'What gives spam away in your sample: smoothed log-odds');
    const logOdds = rows.map((row) => row.logOdds);
    const bars = drawn(chart).filter((mark) => same(mark.y, rows.map((row) => row.token)) && (same(mark.x, logOdds) || same(mark.x2, logOdds)));
    expect(bars.length, 'a mark with y = token, reaching x = logOdds (Plot.barX)').toBe(1);
  });
});
