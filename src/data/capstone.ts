/**
 * Numbers for the capstone page: the reference run of `runEndToEnd` on the browser sample
 * (`end-to-end.json`, written by the pipeline with the course's modules), beside the full
 * pipeline's time-split test (`results.json`).
 */
import endToEnd from '@site/generated/public/data/end-to-end.json';
import results from '@site/generated/public/data/results.json';
import { wilsonInterval } from '@project/confidence';

function row(stage: string) {
  const found = endToEnd.stages.find((candidate) => candidate.stage === stage);
  if (!found) throw new Error(`end-to-end.json has no "${stage}" row`);
  return { ...found, notes: found.notes ?? {} };
}

function note(stage: string, name: string): number {
  const value = row(stage).notes[name];
  if (value === undefined) throw new Error(`end-to-end.json: the "${stage}" row has no "${name}"`);
  return value;
}

/** Every row of the reference run, in order, for the page's table. */
export const referenceStages = endToEnd.stages.map((stage) => ({ ...stage, notes: stage.notes ?? {} }));

/** The reference run on the sample, in the figures the page quotes. */
export const sampleRun = {
  kind: endToEnd.kind,
  messages: endToEnd.messages,
  train: note('split: time', 'train'),
  validation: note('split: time', 'validation'),
  test: note('split: time', 'test'),
  vocabulary: note('vocabulary', 'tokens'),
  recall: note('evaluate', 'recall'),
  falsePositiveRate: note('evaluate', 'false-positive rate'),
  falsePositiveUpper: note('evaluate', 'false-positive rate, 95% upper bound'),
  agreeing: note('SpamFilter', 'same decision as evaluate'),
};

const full = results.models[results.chosenModel.kind].test;

/** The full pipeline's shipped model on its time-split test, for contrast. */
export const fullRun = {
  test: results.test.messages,
  ham: results.test.ham,
  recall: full.recall,
  falsePositiveRate: full.falsePositiveRate,
  falsePositiveUpper: wilsonInterval(full.confusion.falsePositives, results.test.ham).high,
  limit: results.requirements.maxFalsePositiveRate,
};
