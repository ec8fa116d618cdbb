/**
 * A model card: what the filter is for, what it learned from, how well it does group by group,
 * whether it meets each requirement and how sure that is, and what it does not do. It is
 * generated from the pipeline's measurements, so it is rewritten on every run and never goes
 * stale. The sections follow Mitchell et al., "Model Cards for Model Reporting" (2019).
 */
import { wilsonInterval } from './confidence';
import { count, percent } from './format';
import type { Label } from './types';

export interface LabelCounts {
  messages: number;
  spam: number;
  ham: number;
}

/** Mistakes on one corpus group of the test set. */
export interface GroupResult {
  group: string;
  label: Label;
  messages: number;
  errors: number;
}

export interface ModelCardInputs {
  model: { name: string; version: string; threshold: number; chosenOn: string };
  intendedUse: string;
  notFor: string[];
  data: { source: string; training: LabelCounts; test: LabelCounts };
  /** On the test set: spam caught, legitimate mail sent to spam, and mistakes by corpus group. */
  evaluation: { spamCaught: number; legitimateFlagged: number; byGroup: GroupResult[] };
  requirements: { maxFalsePositiveRate: number; latencyP99Ms: number; modelMemoryBytes: number };
  measured: { latencyP99Ms: number; memoryBytes: number };
  limitations: string[];
}

/**
 * A measured rate against an upper limit. `met`: the whole 95% interval is within the limit;
 * `not yet shown`: the rate is within it but the interval reaches above it, so more data could
 * still show the limit is broken; `not met`: the rate itself is over the limit.
 */
export const LIMIT_VERDICTS = ['met', 'not yet shown', 'not met'] as const;
export type LimitVerdict = (typeof LIMIT_VERDICTS)[number];

export interface RateWithInterval {
  count: number;
  of: number;
  rate: number;
  /** The 95% Wilson interval of the rate. */
  low: number;
  high: number;
}

export interface LimitCheck extends RateWithInterval {
  limit: number;
  verdict: LimitVerdict;
}

export interface GroupRow {
  group: string;
  /** What a mistake is in this group: the label decides it. */
  mistake: string;
  messages: number;
  errors: number;
  rate: number;
  low: number;
  high: number;
}

export const MISTAKES: Record<Label, string> = { ham: 'legitimate mail sent to spam', spam: 'spam left in the inbox' };

/** `count` of `of` as a rate with its 95% interval. Throws when nothing was measured. */
export function rateWithInterval(count: number, of: number): RateWithInterval {
  if (of === 0) throw new RangeError(`${count} of 0: nothing was measured, so there is no rate to report.`);
  return { count, of, rate: count / of, ...wilsonInterval(count, of) };
}

/** `count` of `of` against an upper `limit`, with the verdict its interval allows. */
export function checkLimit(count: number, of: number, limit: number): LimitCheck {
  const measured = rateWithInterval(count, of);
  const verdict: LimitVerdict = measured.rate > limit ? 'not met' : measured.high > limit ? 'not yet shown' : 'met';
  return { ...measured, limit, verdict };
}

/**
 * One row per group that has test messages, with its error rate and interval: legitimate-mail
 * groups first (theirs is the costly mistake), then spam groups, each in order of name.
 */
export function groupRows(byGroup: readonly GroupResult[]): GroupRow[] {
  return byGroup
    .filter((group) => group.messages > 0)
    .sort((a, b) => (a.label === b.label ? a.group.localeCompare(b.group, 'en') : a.label === 'ham' ? -1 : 1))
    .map(({ group, label, messages, errors }) => ({ group, mistake: MISTAKES[label], messages, errors, rate: errors / messages, ...wilsonInterval(errors, messages) }));
}

const VERDICT_TEXT: Record<LimitVerdict, string> = {
  met: 'met: the whole interval is within the limit',
  'not yet shown': 'not yet shown: the rate is within the limit, its interval is not',
  'not met': 'not met',
};

/** The card as Markdown, every number taken from `inputs`. */
export function modelCard(inputs: ModelCardInputs): string {
  const { model, data, evaluation, requirements, measured } = inputs;
  const caught = rateWithInterval(evaluation.spamCaught, data.test.spam);
  const flagged = checkLimit(evaluation.legitimateFlagged, data.test.ham, requirements.maxFalsePositiveRate);
  const memoryMb = (bytes: number) => bytes / (1024 * 1024);
  const lines = [
    `# Model card: ${model.name} (${model.version})`,
    '',
    '## Intended use',
    '',
    inputs.intendedUse,
    '',
    'Not for:',
    '',
    ...inputs.notFor.map((use) => `- ${use}`),
    '',
    '## Data',
    '',
    `Trained on ${count(data.training.messages)} messages of ${data.source} (${count(data.training.spam)} spam, ${count(data.training.ham)} legitimate). ` +
      `Tested once on the ${count(data.test.messages)} messages that arrived after them (${count(data.test.spam)} spam, ${count(data.test.ham)} legitimate).`,
    '',
    '## Evaluation',
    '',
    `On the test set, at the threshold ${model.threshold.toFixed(3)} (chosen on ${model.chosenOn}):`,
    '',
    `- spam caught: ${rateText(caught)}`,
    `- legitimate mail sent to spam: ${rateText(flagged)}`,
    '',
    'Mistakes by group of the corpus, legitimate mail first:',
    '',
    '| group | messages | mistake | mistakes | rate | 95% interval |',
    '| --- | ---: | --- | ---: | ---: | --- |',
    ...groupRows(evaluation.byGroup).map(
      (row) => `| ${row.group} | ${count(row.messages)} | ${row.mistake} | ${count(row.errors)} | ${percent(row.rate)} | ${percent(row.low)} to ${percent(row.high)} |`,
    ),
    '',
    '## Requirements',
    '',
    '| requirement | limit | measured | verdict |',
    '| --- | --- | --- | --- |',
    `| legitimate mail sent to spam | at most ${percent(flagged.limit)} | ${percentApart(flagged.rate, flagged.limit)} (${count(flagged.count)} of ${count(flagged.of)}; ` +
      `95% interval ${percentApart(flagged.low, flagged.limit)} to ${percentApart(flagged.high, flagged.limit)}) | ${VERDICT_TEXT[flagged.verdict]} |`,
    `| time to classify one message, p99 | at most ${requirements.latencyP99Ms} ms | ${measured.latencyP99Ms.toFixed(2)} ms | ${measured.latencyP99Ms <= requirements.latencyP99Ms ? 'met' : 'not met'} |`,
    `| memory of the loaded model | at most ${memoryMb(requirements.modelMemoryBytes).toFixed(0)} MB | ${memoryMb(measured.memoryBytes).toFixed(1)} MB | ${measured.memoryBytes <= requirements.modelMemoryBytes ? 'met' : 'not met'} |`,
    '',
    '## Limitations',
    '',
    ...inputs.limitations.map((limitation) => `- ${limitation}`),
  ];
  return lines.join('\n') + '\n';
}

/** "109 of 156 (69.87%; 95% interval 62.27% to 76.52%)". */
export function rateText({ count: k, of, rate, low, high }: RateWithInterval): string {
  return `${count(k)} of ${count(of)} (${percent(rate)}; 95% interval ${percent(low)} to ${percent(high)})`;
}

/**
 * A share as a percentage with as many decimals (two to four) as it takes to tell it from
 * `limit`: an interval ending at 0.504% must not print as the 0.50% it is compared with.
 */
export function percentApart(share: number, limit: number): string {
  let decimals = 2;
  while (decimals < 4 && share !== limit && percent(share, decimals) === percent(limit, decimals)) decimals++;
  return percent(share, decimals);
}
