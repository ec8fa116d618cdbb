import { describe, expect, it } from 'vitest';
import { resultsTable } from './results-table';

describe('resultsTable', () => {
  it('puts the model that catches most spam first, each rate with its interval and the limit’s verdict', () => {
    const rows = resultsTable(
      [
        { name: 'Rules', confusion: { truePositives: 60, falseNegatives: 96, falsePositives: 6, trueNegatives: 1438 } },
        { name: 'Model', confusion: { truePositives: 109, falseNegatives: 47, falsePositives: 2, trueNegatives: 1442 } },
      ],
      0.005,
    );
    expect(rows).toEqual([
      { model: 'Model', 'spam caught': '109 of 156: 69.9% (62.3% to 76.5%)', 'legitimate mail lost': '2 of 1,444: 0.14% (0.04% to 0.504%)', 'lost-mail limit': 'not yet shown' },
      { model: 'Rules', 'spam caught': '60 of 156: 38.5% (31.2% to 46.3%)', 'legitimate mail lost': '6 of 1,444: 0.42% (0.19% to 0.90%)', 'lost-mail limit': 'not yet shown' },
    ]);
  });
});
