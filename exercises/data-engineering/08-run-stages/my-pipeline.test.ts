/**
 * Your pipeline on real mail: the raw messages of the course's sample, through the parse,
 * clean, deduplicate and time-split modules (the course's, or yours if you chose "use my own
 * code"), run by your `runStages`.
 */
import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { cleanEmails } from '@project/clean';
import { dedupe } from '@project/dedupe';
import { parseEmail } from '@project/parse';
import { timeSplit } from '@project/time-split';
import type { Email, RawMessage } from '@project/types';
import { runStages, type Stage } from './run-stages';

const raw: RawMessage[] = sample.map(({ id, group, label, raw }) => ({ id, group, label, raw }));

const stages = [
  { name: 'parse', run: async (messages: RawMessage[]) => ({ items: await Promise.all(messages.map(parseEmail)) }) } satisfies Stage<RawMessage, Email>,
  { name: 'clean', run: (emails: Email[]) => { const cleaned = cleanEmails(emails); return { items: cleaned.emails, notes: cleaned.notes }; } } satisfies Stage<Email, Email>,
  { name: 'dedupe', run: (emails: Email[]) => { const result = dedupe(emails); return { items: result.emails, notes: { 'exact duplicate': result.exactRemoved, 'near duplicate': result.nearRemoved } }; } } satisfies Stage<Email, Email>,
  { name: 'split: time', run: (emails: Email[]) => { const { train, validation, test } = timeSplit(emails); return { items: [...train, ...validation, ...test], notes: { train: train.length, validation: validation.length, test: test.length } }; } } satisfies Stage<Email, Email>,
];

describe('your pipeline on the sample', () => {
  it('runs parse → clean → dedupe → split and counts every stage', async () => {
    const { manifest } = await runStages<Email>(raw, stages);
    const summary = manifest.map((entry) => `${entry.stage}: ${entry.in} → ${entry.out}`).join(', ');
    // Your manifest, printed under the results.
    for (const entry of manifest) console.log(`${entry.stage}: ${entry.in} in, ${entry.out} out`, JSON.stringify(entry.notes ?? {}));
    expect(manifest.map((entry) => entry.stage), `the stages, in order (${summary})`).toEqual(['parse', 'clean', 'dedupe', 'split: time']);
    expect(manifest[0].in, 'every message of the sample goes in').toBe(raw.length);
    for (let i = 1; i < manifest.length; i++) {
      expect(manifest[i].in, `what "${manifest[i].stage}" gets is what "${manifest[i - 1].stage}" gave`).toBe(manifest[i - 1].out);
    }
    const dedupeNotes = manifest[2].notes ?? {};
    expect(manifest[2].in - manifest[2].out, 'dedupe removes exactly the duplicates it reports').toBe(dedupeNotes['exact duplicate'] + dedupeNotes['near duplicate']);
  }, 30_000);

  it('gives the same manifest on a second run, from shuffled input', async () => {
    const first = await runStages<Email>(raw, stages);
    const again = await runStages<Email>(raw.slice().reverse(), stages);
    expect(again.manifest, 'a deterministic pipeline does not care about file order').toEqual(first.manifest);
  }, 30_000);
});
