import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '@project/confidence';
import { checkLimit, groupRows, modelCard, rateWithInterval, type GroupResult, type ModelCardInputs } from './model-card';

// Illustrative inputs, not the project's measurements (the other test file uses those).
const inputs: ModelCardInputs = {
  model: { name: 'Logistic regression', version: 'lr-7', threshold: 0.92133, chosenOn: 'held-out scores of the training period' },
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

const linesOf = (card: string) => card.split('\n');
const section = (card: string, heading: string) => {
  const lines = linesOf(card);
  const start = lines.indexOf(`## ${heading}`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
};

describe('rateWithInterval', () => {
  it('is the rate with its 95% Wilson interval', () => {
    expect(rateWithInterval(2, 1444), '2 of 1,444').toEqual({ count: 2, of: 1444, rate: 2 / 1444, ...wilsonInterval(2, 1444) });
    expect(rateWithInterval(0, 37).high, '0 of 37: the interval still reaches above 0').toBeCloseTo(0.0941, 4);
  });

  it('refuses to report a rate over nothing, naming the count', () => {
    expect(() => rateWithInterval(0, 0), '0 of 0').toThrow(RangeError);
    expect(() => rateWithInterval(3, 0), '3 of 0').toThrow(/3 of 0/);
  });
});

describe('checkLimit', () => {
  it('is met when the whole interval is within the limit', () => {
    expect(checkLimit(1, 1444, 0.005), '1 of 1,444 against 0.5%').toMatchObject({ verdict: 'met', limit: 0.005, count: 1, of: 1444 });
    const { high } = wilsonInterval(1, 1444);
    expect(checkLimit(1, 1444, high).verdict, 'an interval ending exactly at the limit is within it').toBe('met');
  });

  it('is not yet shown when the rate is within the limit but its interval is not', () => {
    const check = checkLimit(2, 1444, 0.005);
    expect(check.verdict, '2 of 1,444 (0.14%, interval up to 0.504%) against 0.5%').toBe('not yet shown');
    expect(check.high, 'upper end').toBeCloseTo(0.00504, 5);
    expect(checkLimit(5, 1000, 0.005).verdict, '5 of 1,000 is exactly 0.5%: within the limit, the interval is not').toBe('not yet shown');
  });

  it('is not met when the rate itself is over the limit, even if the interval dips under it', () => {
    const check = checkLimit(6, 1000, 0.005);
    expect(check.low, '6 of 1,000: lower end under the limit').toBeLessThan(0.005);
    expect(check.verdict, '6 of 1,000 against 0.5%').toBe('not met');
    expect(checkLimit(40, 1000, 0.005).verdict, '40 of 1,000').toBe('not met');
  });
});

describe('groupRows', () => {
  const groups: GroupResult[] = [
    { group: 'spam-2', label: 'spam', messages: 22, errors: 5 },
    { group: 'bulk-spam', label: 'spam', messages: 10, errors: 0 },
    { group: 'hard-ham-1', label: 'ham', messages: 37, errors: 1 },
    { group: 'empty-ham', label: 'ham', messages: 0, errors: 0 },
    { group: 'easy-ham-1', label: 'ham', messages: 1400, errors: 1 },
  ];

  it('lists legitimate-mail groups first, then spam groups, each by name, whatever order they come in', () => {
    expect(groupRows(groups).map((row) => row.group), 'groups, in order').toEqual(['easy-ham-1', 'hard-ham-1', 'bulk-spam', 'spam-2']);
    expect(groupRows([...groups].reverse()).map((row) => row.group), 'the same groups given in reverse').toEqual(['easy-ham-1', 'hard-ham-1', 'bulk-spam', 'spam-2']);
  });

  it('leaves out groups without test messages: they have no rate', () => {
    expect(groupRows(groups).some((row) => row.group === 'empty-ham'), 'empty-ham (0 messages)').toBe(false);
  });

  it('names the mistake by label, with the error rate and its interval', () => {
    const [easy, hard, bulk, spam2] = groupRows(groups);
    expect(hard, 'hard-ham-1: 1 of 37').toEqual({ group: 'hard-ham-1', mistake: 'legitimate mail sent to spam', messages: 37, errors: 1, rate: 1 / 37, ...wilsonInterval(1, 37) });
    expect(spam2, 'spam-2: 5 of 22').toEqual({ group: 'spam-2', mistake: 'spam left in the inbox', messages: 22, errors: 5, rate: 5 / 22, ...wilsonInterval(5, 22) });
    expect(easy.mistake, 'easy-ham-1').toBe('legitimate mail sent to spam');
    expect(bulk.mistake, 'bulk-spam').toBe('spam left in the inbox');
  });
});

describe('modelCard', () => {
  it('has its sections in order', () => {
    expect(linesOf(modelCard(inputs)).filter((line) => line.startsWith('## ')), 'the "## " headings').toEqual(['## Intended use', '## Data', '## Evaluation', '## Requirements', '## Limitations']);
  });

  it('evaluates at the threshold, with spam caught and mail lost as rates with intervals', () => {
    const evaluation = section(modelCard(inputs), 'Evaluation');
    expect(evaluation, 'the whole section: blank lines around each part, as Markdown needs').toBe(
      [
        '',
        'On the test set, at the threshold 0.921 (chosen on held-out scores of the training period):',
        '',
        '- spam caught: 109 of 156 (69.87%; 95% interval 62.27% to 76.52%)',
        '- legitimate mail sent to spam: 2 of 1,444 (0.14%; 95% interval 0.04% to 0.50%)',
        '',
        'Mistakes by group of the corpus, legitimate mail first:',
        '',
        '| group | messages | mistake | mistakes | rate | 95% interval |',
        '| --- | ---: | --- | ---: | ---: | --- |',
        '| easy-ham-1 | 1,407 | legitimate mail sent to spam | 1 | 0.07% | 0.01% to 0.40% |',
        '| hard-ham-1 | 37 | legitimate mail sent to spam | 1 | 2.70% | 0.48% to 13.82% |',
        '| spam-1 | 134 | spam left in the inbox | 42 | 31.34% | 24.10% to 39.62% |',
        '| spam-2 | 22 | spam left in the inbox | 5 | 22.73% | 10.12% to 43.44% |',
        '',
      ].join('\n'),
    );
    expect(evaluation, 'the threshold to 3 decimals, and how it was chosen').toContain('On the test set, at the threshold 0.921 (chosen on held-out scores of the training period):');
    expect(evaluation, 'spam caught').toContain('- spam caught: 109 of 156 (69.87%; 95% interval 62.27% to 76.52%)');
    expect(evaluation, 'legitimate mail sent to spam').toContain('- legitimate mail sent to spam: 2 of 1,444 (0.14%; 95% interval 0.04% to 0.50%)');
  });

  it('tabulates mistakes by group, legitimate mail first', () => {
    const evaluation = section(modelCard(inputs), 'Evaluation');
    expect(evaluation, 'the table header').toContain('| group | messages | mistake | mistakes | rate | 95% interval |\n| --- | ---: | --- | ---: | ---: | --- |\n');
    expect(evaluation, 'the rows, in order').toContain(
      [
        '| easy-ham-1 | 1,407 | legitimate mail sent to spam | 1 | 0.07% | 0.01% to 0.40% |',
        '| hard-ham-1 | 37 | legitimate mail sent to spam | 1 | 2.70% | 0.48% to 13.82% |',
        '| spam-1 | 134 | spam left in the inbox | 42 | 31.34% | 24.10% to 39.62% |',
        '| spam-2 | 22 | spam left in the inbox | 5 | 22.73% | 10.12% to 43.44% |',
      ].join('\n'),
    );
  });

  it('checks each requirement, printing an interval end that reads like the limit with the decimals it needs', () => {
    const requirements = section(modelCard(inputs), 'Requirements');
    expect(requirements.startsWith('\n| requirement | limit | measured | verdict |\n| --- | --- | --- | --- |\n'), 'a blank line, then the table header').toBe(true);
    expect(requirements.endsWith('|\n'), 'the table ends with a blank line before the next section').toBe(true);
    expect(requirements, 'the false-positive row (0.504%, not 0.50%)').toContain(
      '| legitimate mail sent to spam | at most 0.50% | 0.14% (2 of 1,444; 95% interval 0.04% to 0.504%) | not yet shown: the rate is within the limit, its interval is not |',
    );
    expect(requirements, 'latency').toContain('| time to classify one message, p99 | at most 1 ms | 0.80 ms | met |');
    expect(requirements, 'memory').toContain('| memory of the loaded model | at most 50 MB | 1.5 MB | met |');
  });

  it('takes every verdict from the measurements, a value at its limit meeting it', () => {
    const card = modelCard({
      ...inputs,
      evaluation: { ...inputs.evaluation, legitimateFlagged: 1 },
      measured: { latencyP99Ms: 1, memoryBytes: 64 * 1024 * 1024 },
    });
    const atLimit = section(modelCard({ ...inputs, measured: { latencyP99Ms: 0.5, memoryBytes: 50 * 1024 * 1024 } }), 'Requirements');
    expect(atLimit, 'memory exactly at 50 MB').toContain('| at most 50 MB | 50.0 MB | met |');
    const requirements = section(card, 'Requirements');
    expect(requirements, '1 of 1,444').toContain('| 0.07% (1 of 1,444; 95% interval 0.01% to 0.39%) | met: the whole interval is within the limit |');
    expect(requirements, 'latency exactly at 1 ms').toContain('| at most 1 ms | 1.00 ms | met |');
    expect(requirements, 'memory over the limit').toContain('| at most 50 MB | 64.0 MB | not met |');
    const over = section(modelCard({ ...inputs, evaluation: { ...inputs.evaluation, legitimateFlagged: 12 }, measured: { ...inputs.measured, latencyP99Ms: 1.01 } }), 'Requirements');
    expect(over, '12 of 1,444').toContain('| 0.83% (12 of 1,444; 95% interval 0.48% to 1.45%) | not met |');
    expect(over, 'latency 1.01 ms').toContain('| at most 1 ms | 1.01 ms | not met |');
  });

  it('prints numbers from its inputs only: no undefined, no NaN', () => {
    const card = modelCard({ ...inputs, data: { ...inputs.data, test: { messages: 800, spam: 100, ham: 700 } }, evaluation: { ...inputs.evaluation, spamCaught: 90 } });
    expect(card, 'other inputs, other numbers').toContain('- spam caught: 90 of 100 (90.00%; 95% interval 82.56% to 94.48%)');
    expect(card, 'other inputs, other numbers').toContain('- legitimate mail sent to spam: 2 of 700 (0.29%; 95% interval 0.08% to 1.04%)');
    expect(card, 'no "undefined"').not.toContain('undefined');
    expect(card, 'no "NaN"').not.toContain('NaN');
  });
});
