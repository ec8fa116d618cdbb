/**
 * Your card on the project's own results: the model that ships, measured on the time split's
 * test set, with the latency and memory the pipeline measured. It renders below the tests as
 * you would publish it.
 */
import { describe, expect, it } from 'vitest';
import results from 'dataset:results';
import { showMarkdown } from 'course:display';
import { wilsonInterval } from '@project/confidence';
import { modelCardInputs } from '@project/model-card-inputs';
import { modelCard } from './model-card';

const card = modelCard(modelCardInputs(results));
const chosen = results.models[results.chosenModel.kind].test;
const rowOf = (start: string) => card.split('\n').find((line) => line.startsWith(start));

describe('the model card of the filter that ships', () => {
  it('renders, about the shipped model', () => {
    showMarkdown(card, 'Your model card, from the pipeline’s results');
    expect(card, 'the title names the shipped model version').toContain(`# Model card: `);
    expect(card.split('\n')[0], 'the title').toContain(results.chosenModel.modelVersion);
  });

  it('has a row for every corpus group of the test set, hard ham included', () => {
    for (const group of chosen.byGroup.filter((g) => g.messages > 0)) {
      const row = rowOf(`| ${group.group} |`);
      expect(row, `the row of ${group.group}`).toBeDefined();
      expect(row, `${group.group}: ${group.errors} mistakes of ${group.messages}`).toContain(` | ${group.errors} | `);
    }
    expect(rowOf('| hard-ham-1 |'), 'hard ham').toBeDefined();
  });

  it('checks the false-positive requirement on the test set’s own counts, with a verdict its interval allows', () => {
    const { falsePositives, trueNegatives } = chosen.confusion;
    const row = rowOf('| legitimate mail sent to spam |');
    expect(row, 'the requirement row').toContain(`(${falsePositives} of ${(falsePositives + trueNegatives).toLocaleString('en')}; 95% interval`);
    const { high } = wilsonInterval(falsePositives, falsePositives + trueNegatives);
    const rate = falsePositives / (falsePositives + trueNegatives);
    const limit = results.requirements.maxFalsePositiveRate;
    const verdict = rate > limit ? '| not met |' : high > limit ? '| not yet shown' : '| met:';
    expect(row, `rate ${rate.toFixed(5)}, upper end ${high.toFixed(5)}, limit ${limit}`).toContain(verdict);
  });

  it('reports latency and memory as the pipeline measured them', () => {
    const latency = results.performance.latency[results.chosenModel.kind].p99Ms;
    expect(rowOf('| time to classify one message, p99 |'), 'latency row').toContain(`| ${latency.toFixed(2)} ms | ${latency <= results.requirements.latencyP99Ms ? 'met' : 'not met'} |`);
    expect(rowOf('| memory of the loaded model |'), 'memory row').toContain(' MB | met |');
  });
});
