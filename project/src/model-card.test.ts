import { describe, expect, it } from 'vitest';
import { checkLimit, groupRows, modelCard, percentApart, rateWithInterval, type ModelCardInputs } from './model-card';

const inputs: ModelCardInputs = {
  model: { name: 'Logistic regression', version: 'lr-1', threshold: 0.92133, chosenOn: 'held-out scores' },
  intendedUse: 'Move spam out of the inbox.',
  notFor: ['Deleting mail.'],
  data: { source: 'a corpus', training: { messages: 3000, spam: 1000, ham: 2000 }, test: { messages: 1600, spam: 156, ham: 1444 } },
  evaluation: {
    spamCaught: 109,
    legitimateFlagged: 2,
    byGroup: [
      { group: 'spam-1', label: 'spam', messages: 134, errors: 42 },
      { group: 'hard-ham-1', label: 'ham', messages: 37, errors: 1 },
      { group: 'easy-ham-1', label: 'ham', messages: 1407, errors: 1 },
      { group: 'spam-2', label: 'spam', messages: 22, errors: 5 },
    ],
  },
  requirements: { maxFalsePositiveRate: 0.005, latencyP99Ms: 1, modelMemoryBytes: 50 * 1024 * 1024 },
  measured: { latencyP99Ms: 0.8, memoryBytes: 1.5 * 1024 * 1024 },
  limitations: ['Trained on old mail.'],
};

describe('checkLimit', () => {
  it('tells met, not yet shown and not met apart by the interval', () => {
    expect(checkLimit(1, 1444, 0.005).verdict).toBe('met');
    expect(checkLimit(2, 1444, 0.005)).toMatchObject({ verdict: 'not yet shown', rate: 2 / 1444 });
    expect(checkLimit(8, 1444, 0.005).verdict).toBe('not met');
  });

  it('refuses a rate over nothing', () => {
    expect(() => rateWithInterval(0, 0)).toThrow(RangeError);
  });
});

describe('groupRows', () => {
  it('puts legitimate-mail groups first, each kind by name, and names the mistake', () => {
    expect(groupRows(inputs.evaluation.byGroup).map((row) => `${row.group}: ${row.mistake}`)).toEqual([
      'easy-ham-1: legitimate mail sent to spam',
      'hard-ham-1: legitimate mail sent to spam',
      'spam-1: spam left in the inbox',
      'spam-2: spam left in the inbox',
    ]);
  });
});

describe('modelCard', () => {
  it('renders every section with numbers from its inputs', () => {
    const card = modelCard(inputs);
    expect(card.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## Intended use', '## Data', '## Evaluation', '## Requirements', '## Limitations']);
    expect(card).toContain('- spam caught: 109 of 156 (69.87%; 95% interval 62.27% to 76.52%)');
    expect(card).toContain('| hard-ham-1 | 37 | legitimate mail sent to spam | 1 | 2.70% | 0.48% to 13.82% |');
    expect(card).toContain('| legitimate mail sent to spam | at most 0.50% | 0.14% (2 of 1,444; 95% interval 0.04% to 0.504%) | not yet shown');
    expect(card).toContain('| time to classify one message, p99 | at most 1 ms | 0.80 ms | met |');
    expect(card).toContain('| memory of the loaded model | at most 50 MB | 1.5 MB | met |');
  });
});

describe('percentApart', () => {
  it('adds decimals only while the share reads like the limit', () => {
    expect(percentApart(0.00504, 0.005)).toBe('0.504%');
    expect(percentApart(0.0014, 0.005)).toBe('0.14%');
    expect(percentApart(0.005, 0.005)).toBe('0.50%');
  });
});
