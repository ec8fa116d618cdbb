/**
 * The write-up's table: one row per model, what it caught and what it lost, each with its
 * interval, and whether it keeps the lost-mail limit. Rows go from most spam caught to least,
 * so the reader's eye lands on the answer first.
 */
import type { Confusion } from './costs';
import { count, percent } from './format';
import { checkLimit, percentApart, rateWithInterval, type LimitVerdict, type RateWithInterval } from './model-card';

export interface ModelOutcome {
  name: string;
  /** On the test set. */
  confusion: Confusion;
}

export interface ResultsRow {
  model: string;
  'spam caught': string;
  'legitimate mail lost': string;
  'lost-mail limit': LimitVerdict;
}

export function resultsTable(models: readonly ModelOutcome[], maxFalsePositiveRate: number): ResultsRow[] {
  return models
    .map(({ name, confusion }) => ({
      name,
      caught: rateWithInterval(confusion.truePositives, confusion.truePositives + confusion.falseNegatives),
      lost: checkLimit(confusion.falsePositives, confusion.falsePositives + confusion.trueNegatives, maxFalsePositiveRate),
    }))
    .sort((a, b) => b.caught.rate - a.caught.rate || (a.name < b.name ? -1 : 1))
    .map(({ name, caught, lost }) => ({
      model: name,
      'spam caught': shortRate(caught),
      'legitimate mail lost': shortRate(lost, maxFalsePositiveRate),
      'lost-mail limit': lost.verdict,
    }));
}

/**
 * "109 of 156: 69.9% (62.3% to 76.5%)", the interval in brackets. Against a `limit`, each share
 * gets the decimals it takes to tell it from the limit: "2 of 1,444: 0.14% (0.04% to 0.504%)".
 */
export function shortRate({ count: k, of, rate, low, high }: RateWithInterval, limit?: number): string {
  const shown = (share: number) => (limit === undefined ? percent(share, 1) : percentApart(share, limit));
  return `${count(k)} of ${count(of)}: ${shown(rate)} (${shown(low)} to ${shown(high)})`;
}
