/**
 * The write-up's table: one row per model, what it caught and what it lost, each with its
 * interval, and whether it keeps the lost-mail limit. Rows go from most spam caught to least,
 * so the reader's eye lands on the answer first.
 */
import type { Confusion } from '@project/costs';
import { count, percent } from '@project/format';
import { checkLimit, percentApart, rateWithInterval, type LimitVerdict, type RateWithInterval } from '@project/model-card';

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
  // TODO: for each model, spam caught (a rate of all spam) and legitimate mail lost (checked
  // against the limit, `checkLimit`); most spam caught first, ties by name; each rate shown
  // with `shortRate` (the lost-mail one apart from the limit).
  return models.map(({ name }) => ({ model: name, 'spam caught': '', 'legitimate mail lost': '', 'lost-mail limit': 'met' }));
}

/**
 * "109 of 156: 69.9% (62.3% to 76.5%)", the interval in brackets. Against a `limit`, each share
 * gets the decimals it takes to tell it from the limit: "2 of 1,444: 0.14% (0.04% to 0.504%)".
 */
export function shortRate({ count: k, of, rate, low, high }: RateWithInterval, limit?: number): string {
  const shown = (share: number) => (limit === undefined ? percent(share, 1) : percentApart(share, limit));
  return `${count(k)} of ${count(of)}: ${shown(rate)} (${shown(low)} to ${shown(high)})`;
}
