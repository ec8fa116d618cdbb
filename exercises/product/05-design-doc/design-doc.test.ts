import { describe, expect, it } from 'vitest';
import { designDoc, type DesignDocInputs } from './design-doc';

// Illustrative inputs, not the project's measurements (the lesson renders those).
const inputs: DesignDocInputs = {
  title: 'Spam filter for a small email provider',
  problem: 'Users report too much spam, and some legitimate email goes missing.',
  metric: { name: 'Recall at a 0.5% false-positive rate', definition: 'the share of spam caught while at most 1 legitimate email in 200 is lost.' },
  requirements: [
    { name: 'false-positive rate', limit: 'at most 0.5%' },
    { name: 'latency (p99)', limit: 'at most 1 ms' },
  ],
  baseline: { name: 'Rules', messages: 1200, precision: 0.9, recall: 0.125, falsePositiveRate: 0.0021 },
  risks: ['Spammers adapt to the rules.', 'The test period is short.'],
};

const sectionsOf = (doc: string) => doc.split('\n').filter((line) => line.startsWith('## '));

describe('designDoc', () => {
  it('starts with the title', () => {
    expect(designDoc(inputs).split('\n')[0], 'first line').toBe('# Design doc: Spam filter for a small email provider');
  });

  it('has the five sections, in order', () => {
    expect(sectionsOf(designDoc(inputs)), 'the "## " headings').toEqual(['## Problem', '## Success metric', '## Requirements', '## Baseline', '## Risks']);
  });

  it('puts the problem statement and the metric in their sections', () => {
    const doc = designDoc(inputs);
    expect(doc, 'the problem text after its heading').toContain('## Problem\n\nUsers report too much spam, and some legitimate email goes missing.');
    expect(doc, 'the metric name in bold, then its definition').toContain('**Recall at a 0.5% false-positive rate**: the share of spam caught');
  });

  it('lists the requirements as a Markdown table', () => {
    const doc = designDoc(inputs);
    expect(doc, 'table header').toContain('| requirement | limit |\n| --- | --- |');
    expect(doc, 'one row per requirement').toContain('| false-positive rate | at most 0.5% |\n| latency (p99) | at most 1 ms |');
  });

  it('prints the baseline numbers from its inputs, as percentages with two decimals', () => {
    const doc = designDoc(inputs);
    expect(doc, 'baseline sentence').toContain('Rules, on 1200 test messages: precision 90.00%, recall 12.50%, false-positive rate 0.21%.');
    const other = designDoc({ ...inputs, baseline: { name: 'Naive Bayes', messages: 800, precision: 0.954, recall: 0.532, falsePositiveRate: 0.0028 } });
    expect(other, 'different inputs, different numbers: nothing is typed into the template').toContain(
      'Naive Bayes, on 800 test messages: precision 95.40%, recall 53.20%, false-positive rate 0.28%.',
    );
  });

  it('lists the risks as bullets, and says so when there are none', () => {
    expect(designDoc(inputs), 'one bullet per risk').toContain('## Risks\n\n- Spammers adapt to the rules.\n- The test period is short.');
    expect(designDoc({ ...inputs, risks: [] }), 'no risks written down').toContain('## Risks\n\n- None listed yet.');
  });

  it('prints no undefined or NaN anywhere', () => {
    expect(designDoc(inputs), 'no "undefined"').not.toContain('undefined');
    expect(designDoc(inputs), 'no "NaN"').not.toContain('NaN');
  });
});
