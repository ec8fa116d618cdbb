/**
 * The tiny-count trap, on real tokens of the course's sample (training period only): tokens
 * seen in 1, 2 or 3 spam messages and no ham are "100% spam", and so are tokens seen in dozens
 * of spam. Your intervals show which of those rates the data can back.
 */
import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { showPlot, showTable } from 'course:display';
import { countTokens, tokenLogOdds } from '@project/log-odds';
import { readMessage } from '@project/read-message';
import { tokenize } from '@project/tokenize';
import { wilsonInterval } from './confidence';
import { rateChart, type TokenRate } from './rate-chart';

const training = sample.filter((message) => message.splits.time === 'train' || message.splits.time === 'validation');
const messages = training.map((message) => ({ label: message.label, tokens: tokenize(readMessage(message.raw)) }));
const plainWord = (token: string) => /^[a-z]{5,}$/.test(token);
// The first plain word (in token order) seen in exactly 1, 2 and 3 spam messages and no ham,
// then the three plain words with the highest log-odds.
const { counts } = countTokens(messages);
const tiny = [1, 2, 3].map((k) => counts.find((entry) => entry.ham === 0 && entry.spam === k && plainWord(entry.token))!);
const strongest = tokenLogOdds(messages).filter((entry) => plainWord(entry.token)).slice(0, 3);
const rows = [...tiny, ...strongest].map(({ token, spam, ham }) => {
  const messagesWithToken = spam + ham;
  return { token, spam, ham, label: `"${token}" (${messagesWithToken} message${messagesWithToken === 1 ? '' : 's'})`, rate: spam / messagesWithToken, ...wilsonInterval(spam, messagesWithToken) };
});

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('spam rates of real tokens, with intervals', () => {
  it('admits that one message says almost nothing', () => {
    showTable(rows.map(({ token, spam, ham, rate, low, high }) => ({ token, spam, ham, rate: rate.toFixed(2), low: low.toFixed(3), high: high.toFixed(3) })), 'Spam rate of tokens in the sample, with your 95% intervals');
    const [once, twice] = rows;
    expect(once.low, `${once.label}: 1 of 1 spam, yet a coin flip (50%) must stay inside the interval`).toBeLessThan(0.5);
    expect(twice.low, `${twice.label}: 2 of 2 spam`).toBeLessThan(0.5);
  });

  it('gives every rate an interval around it, inside [0, 1]', () => {
    for (const row of rows) {
      expect(row.low, `${row.label}: lower end`).toBeGreaterThanOrEqual(0);
      expect(row.low, `${row.label}: lower end below the rate ${row.rate.toFixed(2)}`).toBeLessThan(row.rate);
      expect(row.high, `${row.label}: upper end at or above the rate`).toBeGreaterThanOrEqual(row.rate - 1e-12);
      expect(row.high, `${row.label}: upper end`).toBeLessThanOrEqual(1);
    }
  });

  it('is far surer of the strongest tokens than of the one-off ones', () => {
    const [once] = rows;
    for (const row of rows.slice(3)) {
      expect(row.low, `${row.label} against ${once.label}`).toBeGreaterThan(once.low + 0.3);
    }
  });

  it('draws your chart: a dot at each rate, a line over its interval', () => {
    const chart = rateChart(rows as TokenRate[]);
    showPlot(chart, 'Spam rate of tokens with 95% Wilson intervals: your sample');
    const marks = drawn(chart);
    const labels = rows.map((row) => row.label);
    expect(marks.some((mark) => same(mark.y, labels) && same(mark.x1, rows.map((row) => row.low)) && same(mark.x2, rows.map((row) => row.high))), 'a mark with y = label, x1 = low, x2 = high (Plot.ruleY)').toBe(true);
    expect(marks.some((mark) => same(mark.y, labels) && same(mark.x, rows.map((row) => row.rate))), 'a mark with y = label and x = rate (Plot.dot)').toBe(true);
  });
});
