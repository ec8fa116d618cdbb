import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseModelFile } from '@project/model-file';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import demo from '@site/generated/demo-examples.json';
import { newExerciseProgress } from '@site/src/progress/storage';
import type { ExerciseProgress } from '@site/src/progress/schema';
import { loadBundlesInProcess } from '@site/src/runner/libraries-in-process';
import { gatherProjectSources } from '@site/src/runner/project-sources';
import type { RunEvent } from '@site/src/runner/protocol';
import { runTests } from '@site/src/runner/run-tests';
import { CAPSTONE_EXERCISE, classifyRequest, learnerFilterFrom, readAnswer, SPAM_FILTER_EXERCISE, type LearnerFilter } from './learnerFilter';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const model = parseModelFile(readFileSync(`${root}generated/public/data/model.json`, 'utf8'));
const referenceCode = readFileSync(`${root}project/src/spam-filter.ts`, 'utf8');
const sources = gatherProjectSources(root);
const spam = demo.examples.find((example) => example.label === 'spam')!;

/** Runs the page's request in this process, as the sandbox would, and reads the answer as the page does. */
async function answer(filter: LearnerFilter, raw: string) {
  let failure: string | undefined;
  const outputs: Record<string, unknown> = {};
  const outcome = await runTests(classifyRequest(filter, raw, sources, 10_000), { loadBundles: loadBundlesInProcess }, (event: RunEvent) => {
    if (event.type === 'output') outputs[event.name] = event.value;
    if (event.type === 'test' && event.failure) failure = event.failure.message;
  });
  return readAnswer({ outcome, outputs }, failure);
}

const withCode = (spamFilterCode: string | null): LearnerFilter => ({ model, modelRunPassed: true, spamFilterCode });

describe('the learner\'s filter on the Try page', () => {
  it('classifies as the same class and model do on the page', async () => {
    const expected = SpamFilter.fromModelFile(model, { logger: silentLogger }).classify(spam.raw);
    const result = await answer(withCode(referenceCode), spam.raw);
    expect(result).toEqual({ kind: 'result', result: { ...expected, latencyMs: expect.any(Number) } });
  });

  it('uses the learner\'s own class: a change to it changes the answer', async () => {
    const alwaysHam = referenceCode.replace("label: score >= this.threshold ? 'spam' : 'ham',", "label: 'ham',");
    expect(alwaysHam).not.toBe(referenceCode);
    expect(await answer(withCode(alwaysHam), spam.raw)).toMatchObject({ kind: 'result', result: { label: 'ham' } });
  });

  it('passes on the filter\'s refusal of a message as its answer', async () => {
    expect(await answer(withCode(null), '   ')).toEqual({ kind: 'refusal', message: expect.stringMatching(/empty/i) });
  });

  it('says why when the learner\'s code throws, or answers with the wrong shape', async () => {
    const throwing = referenceCode.replace('const message = readMessage(raw);', 'const message = readMessage(raw); throw new TypeError("tokens is undefined");');
    expect(await answer(withCode(throwing), spam.raw)).toEqual({ kind: 'failed', message: expect.stringMatching(/tokens is undefined/) });
    const wrongShape = referenceCode.replace('score,\n      threshold: this.threshold,', 'score: String(score),\n      threshold: this.threshold,');
    expect(wrongShape).not.toBe(referenceCode);
    expect(await answer(withCode(wrongShape), spam.raw)).toEqual({ kind: 'failed', message: expect.stringMatching(/not a classification.*"score"/) });
  });
});

describe('learnerFilterFrom', () => {
  const progress = (entries: Record<string, Partial<ExerciseProgress>>) => (id: string) =>
    entries[id] ? { ...newExerciseProgress({}), ...entries[id] } : null;

  it('offers the learner\'s filter only when the capstone run saved a valid model file', () => {
    expect(learnerFilterFrom(progress({}))).toBeNull();
    expect(learnerFilterFrom(progress({ [CAPSTONE_EXERCISE]: { passed: true } }))).toBeNull();
    const broken = { ...model, parameters: { bias: 0, weights: [1] } };
    expect(learnerFilterFrom(progress({ [CAPSTONE_EXERCISE]: { outputs: { model: broken } } })), 'one weight for a vocabulary of many').toBeNull();
  });

  it('takes the learner\'s spam-filter.ts when they saved one, and says whether the run passed', () => {
    const saved = { [CAPSTONE_EXERCISE]: { passed: false, outputs: { model } } };
    expect(learnerFilterFrom(progress(saved))).toEqual({ model, modelRunPassed: false, spamFilterCode: null });
    const withClass = { ...saved, [SPAM_FILTER_EXERCISE]: { files: { 'spam-filter.ts': 'export class SpamFilter {}' } } };
    expect(learnerFilterFrom(progress(withClass))?.spamFilterCode).toBe('export class SpamFilter {}');
  });
});
