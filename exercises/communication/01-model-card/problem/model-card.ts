/**
 * A model card: what the filter is for, what it learned from, how well it does group by group,
 * whether it meets each requirement and how sure that is, and what it does not do. It is
 * generated from the pipeline's measurements, so it is rewritten on every run and never goes
 * stale. The sections follow Mitchell et al., "Model Cards for Model Reporting" (2019).
 */
import { wilsonInterval } from '@project/confidence';
import { count, percent } from '@project/format';
import type { Label } from '@project/types';

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
  // TODO: throw a RangeError when nothing was measured (of = 0); otherwise the rate and its
  // 95% Wilson interval (`wilsonInterval` from the Data-analysis chapter).
  return { count, of, rate: 0, low: 0, high: 0 };
}

/** `count` of `of` against an upper `limit`, with the verdict its interval allows. */
export function checkLimit(count: number, of: number, limit: number): LimitCheck {
  // TODO: the rate with its interval, and the verdict: over the limit → 'not met'; within it but
  // with the interval reaching above it → 'not yet shown'; interval within it → 'met'.
  return { ...rateWithInterval(count, of), limit, verdict: 'met' };
}

/**
 * One row per group that has test messages, with its error rate and interval: legitimate-mail
 * groups first (theirs is the costly mistake), then spam groups, each in order of name.
 */
export function groupRows(byGroup: readonly GroupResult[]): GroupRow[] {
  // TODO: groups with test messages only, legitimate-mail groups first, each kind by name; each
  // row with the group's mistake (MISTAKES), its error rate and 95% interval.
  return [];
}

const VERDICT_TEXT: Record<LimitVerdict, string> = {
  met: 'met: the whole interval is within the limit',
  'not yet shown': 'not yet shown: the rate is within the limit, its interval is not',
  'not met': 'not met',
};

/** The card as Markdown, every number taken from `inputs`. */
export function modelCard(inputs: ModelCardInputs): string {
  const { model, data } = inputs;
  // TODO: spam caught (a rate of the test spam), legitimate mail flagged (checked against the
  // false-positive limit), and memory in MB for the Requirements table.
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
    // TODO: the threshold and how it was chosen; spam caught and legitimate mail sent to spam,
    // each with `rateText`; then the table of mistakes by group (see the tests for its lines).
    '',
    '## Requirements',
    '',
    // TODO: a table of requirement, limit, measured, verdict: the false-positive rate against its
    // limit (with `percentApart` and VERDICT_TEXT), latency (p99) and memory, each met or not.
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
