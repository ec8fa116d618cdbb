/**
 * Your whole project on the course sample: the data half, then the stages you write, run by the
 * project's modules (the course's, or your own from every chapter if you chose "use my own
 * code"). Each stage's row is set beside the reference run's, which the pipeline wrote with the
 * course's modules, and the first stage where they part is marked: that is the module to open.
 */
import { describe, expect, it, vi } from 'vitest';
import { saveOutput, showMarkdown, showTable } from 'course:display';
import reference from 'dataset:end-to-end';
import sample from 'dataset:sample';
import { compareRuns } from '@project/compare-runs';
import { parseModelFile } from '@project/model-file';
import { silentLogger, SpamFilter } from '@project/spam-filter';
import type { RawMessage, StageCount } from '@project/types';
import { END_TO_END_STAGES, runEndToEnd, type EndToEndRun } from './end-to-end';

// The sample in reverse: the pipeline gave it in order, and the rows must not care.
const raw: RawMessage[] = sample.map(({ id, group, label, raw }) => ({ id, group, label, raw })).reverse();
const kind = reference.kind;

const describeRow = (row: StageCount | null) =>
  row === null ? '—' : `${row.in} → ${row.out}${Object.keys(row.notes ?? {}).length ? `; ${Object.entries(row.notes!).map(([name, value]) => `${name} ${Number.isInteger(value) ? value : value.toFixed(4)}`).join(', ')}` : ''}`;

// Sixty short made-up messages over sixty days, a third of them spam: a second input, with
// answers no file holds, so the stages must be computed and not copied.
const made: RawMessage[] = Array.from({ length: 60 }, (_, day) => {
  const spam = day % 3 === 0;
  const date = new Date(Date.UTC(2002, 5, 1 + day, 12)).toUTCString();
  const body = spam
    ? `Win cash now! Free money offer number ${day}, click here to claim your prize ${['gold', 'silver'][day % 2]}.`
    : `Hi team, the meeting notes for day ${day} are attached; the build ${['passed', 'failed', 'ran'][day % 3]} on the server.`;
  // The last day's note is padded with 600 KB of blank space, over the filter's size limit: the filter refuses it.
  const pasted = day === 59 ? `\n${' '.repeat(600_000)}` : '';
  const id = `${spam ? 'spam-1' : 'easy-ham-1'}/${String(day).padStart(3, '0')}`;
  return { id, group: spam ? 'spam-1' : 'easy-ham-1', label: spam ? 'spam' : 'ham', raw: `Received: from mail.example.org; ${date}\nSubject: ${spam ? 'Free cash' : 'Notes'}\n\n${body}${pasted}\n` };
});


const row = (run: EndToEndRun, stage: string) => {
  const found = run.stages.find((candidate) => candidate.stage === stage);
  if (!found) throw new Error(`your run has no "${stage}" row; its rows are: ${run.stages.map((s) => s.stage).join(', ')}`);
  return found;
};

describe('your pipeline, end to end', () => {
  it('runs on the sample, matches the reference run at every stage, and ships the model it measured', async () => {
    const mine = await runEndToEnd(raw, { kind });
    // Kept with your progress: the Try page's "Use my filter" classifies with it.
    saveOutput('model', mine.modelFile);
    const { stages, firstDifference } = compareRuns(mine.stages, reference.stages);
    showTable(
      stages.map((stage) => ({
        stage: stage.stage,
        yours: describeRow(stage.mine),
        reference: describeRow(stage.reference),
        '': stage.stage === firstDifference ? '← first difference' : stage.differences.length > 0 ? 'differs' : 'same',
      })),
      `Your run and the reference, stage by stage (${raw.length} raw messages, ${kind})`,
    );
    const first = stages.find((stage) => stage.stage === firstDifference);
    showMarkdown(
      first
        ? `**First difference: ${first.stage}.** ${first.differences.join('; ')}. Every later stage reads what this one passed on, so start here.`
        : `**Every stage matches the reference**, from ${reference.messages} raw messages to the filter that ships.`,
    );
    expect(firstDifference, first ? `your run parts from the reference at "${first.stage}": ${first.differences.join('; ')}` : '').toBeNull();

    // Each row reads the part of the split it should.
    expect(mine.stages.map((stage) => stage.stage), 'the stages, in order').toEqual([...END_TO_END_STAGES]);
    const split = row(mine, 'split: time').notes!;
    expect([row(mine, 'vocabulary').in, row(mine, 'train').in], 'the vocabulary and the model see the train part only').toEqual([split.train, split.train]);
    expect(row(mine, 'threshold').in, 'the threshold is chosen on the validation part').toBe(split.validation);
    expect([row(mine, 'evaluate').in, row(mine, 'SpamFilter').in], 'the test part is scored, then classified by the filter').toEqual([split.test, split.test]);

    // The model file ships what the rows measured.
    const file = parseModelFile(JSON.parse(JSON.stringify(mine.modelFile)));
    const evaluated = row(mine, 'evaluate').notes!;
    expect(file.kind, 'the kind of model asked for').toBe(kind);
    expect(file.vocabulary.length, 'one weight per token of the vocabulary row').toBe(row(mine, 'vocabulary').notes!.tokens);
    expect(file.parameters.bias, 'the bias the train row reports').toBe(row(mine, 'train').notes!.bias);
    expect(file.threshold, 'the threshold the threshold row chose').toBe(row(mine, 'threshold').notes!.threshold);
    expect(file.metrics, 'the test figures the evaluate row reports').toMatchObject({
      measuredOn: 'time-split test of the course sample',
      rocAuc: evaluated['ROC AUC'],
      recall: evaluated.recall,
      precision: evaluated.precision,
      falsePositiveRate: evaluated['false-positive rate'],
      f1: (2 * evaluated.precision * evaluated.recall) / (evaluated.precision + evaluated.recall),
    });
    expect(file.createdFrom.corpus, 'says what it was trained from').toBe(`course sample, ${raw.length} messages`);
    expect(file.modelVersion, 'names its kind and the run it came from').toBe(`${kind}-sample-${file.createdFrom.manifestHash}`);
  });

  it('computes every stage on other messages too: sixty made-up ones, with answers no file holds', async () => {
    const log = vi.spyOn(console, 'log');
    const small = await runEndToEnd(made, { kind });
    expect(log, 'a run prints nothing: the filter it ships is built with the silent logger').not.toHaveBeenCalled();
    log.mockRestore();
    const split = row(small, 'split: time').notes!;
    const trained = row(small, 'train').notes!;
    expect([trained.spam, trained.ham], 'spam and ham of the train part (every third day is spam)').toEqual([
      made.slice(0, split.train).filter((m) => m.label === 'spam').length,
      made.slice(0, split.train).filter((m) => m.label === 'ham').length,
    ]);
    expect(row(small, 'evaluate').notes, 'the made-up spam and ham are easy to tell apart').toMatchObject({ 'ROC AUC': 1, recall: 1, precision: 1, 'false-positive rate': 0 });
    const ham = made.slice(split.train + split.validation).filter((m) => m.label === 'ham').length;
    expect(row(small, 'evaluate').notes!['false-positive rate, 95% upper bound'], `no false positive among ${ham} ham still leaves an upper bound above 0`).toBeCloseTo(3.8414588 / (ham + 3.8414588), 5);
    expect(row(small, 'SpamFilter'), 'the filter refuses the oversized last message and decides every other test message as the evaluation did').toEqual({
      stage: 'SpamFilter',
      in: split.test,
      out: split.test - 1,
      notes: { 'same decision as evaluate': split.test - 1 },
    });
    const filter = SpamFilter.fromModelFile(small.modelFile, { logger: silentLogger });
    for (const message of made.slice(split.train + split.validation, -1)) expect(filter.classify(message.raw).label, `${message.id} is ${message.label}`).toBe(message.label);
  });
});
