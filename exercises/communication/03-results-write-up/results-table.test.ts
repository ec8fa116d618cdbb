import { describe, expect, it } from 'vitest';
import { resultsTable, type ModelOutcome } from './results-table';

// Made-up outcomes (the other test file uses the project's results).
const models: ModelOutcome[] = [
  { name: 'Rules', confusion: { truePositives: 60, falseNegatives: 96, falsePositives: 6, trueNegatives: 1438 } },
  { name: 'Model B', confusion: { truePositives: 122, falseNegatives: 34, falsePositives: 8, trueNegatives: 1436 } },
  { name: 'Model A', confusion: { truePositives: 109, falseNegatives: 47, falsePositives: 1, trueNegatives: 1443 } },
];

describe('resultsTable', () => {
  it('has one row per model, the most spam caught first, whatever order they come in', () => {
    expect(resultsTable(models, 0.005).map((row) => row.model), 'models, in order').toEqual(['Model B', 'Model A', 'Rules']);
    expect(resultsTable([...models].reverse(), 0.005).map((row) => row.model), 'the same models given in reverse').toEqual(['Model B', 'Model A', 'Rules']);
  });

  it('breaks a tie in spam caught by name', () => {
    const tied = [
      { name: 'Zeta', confusion: models[2].confusion },
      { name: 'Alpha', confusion: models[2].confusion },
    ];
    expect(resultsTable(tied, 0.005).map((row) => row.model), 'two models that caught the same spam, Zeta given first').toEqual(['Alpha', 'Zeta']);
    expect(resultsTable([...tied].reverse(), 0.005).map((row) => row.model), 'two models that caught the same spam, Alpha given first').toEqual(['Alpha', 'Zeta']);
  });

  it('shows spam caught and mail lost as counts, rates and intervals', () => {
    const [b, a, rules] = resultsTable(models, 0.005);
    expect(a['spam caught'], 'Model A: 109 of 156 spam').toBe('109 of 156: 69.9% (62.3% to 76.5%)');
    expect(a['legitimate mail lost'], 'Model A: 1 of 1,444 legitimate').toBe('1 of 1,444: 0.07% (0.01% to 0.39%)');
    expect(b['legitimate mail lost'], 'Model B: 8 of 1,444 legitimate').toBe('8 of 1,444: 0.55% (0.28% to 1.09%)');
    expect(rules['spam caught'], 'Rules: 60 of 156 spam').toBe('60 of 156: 38.5% (31.2% to 46.3%)');
  });

  it('prints lost mail with the decimals that tell it from the limit', () => {
    const [row] = resultsTable([{ name: 'M', confusion: { truePositives: 1, falseNegatives: 1, falsePositives: 2, trueNegatives: 1442 } }], 0.005);
    expect(row['legitimate mail lost'], '2 of 1,444: its interval ends at 0.504%, not "0.50%"').toBe('2 of 1,444: 0.14% (0.04% to 0.504%)');
  });

  it('says whether each model keeps the lost-mail limit, as far as its interval shows', () => {
    expect(Object.fromEntries(resultsTable(models, 0.005).map((row) => [row.model, row['lost-mail limit']])), 'verdicts at a 0.5% limit').toEqual({
      'Model A': 'met',
      'Model B': 'not met',
      Rules: 'not yet shown',
    });
    expect(resultsTable(models, 0.01).find((row) => row.model === 'Model B')?.['lost-mail limit'], 'Model B at a 1% limit').toBe('not yet shown');
  });
});
