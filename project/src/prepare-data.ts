/**
 * The data half of the pipeline, start to finish: parse → clean → deduplicate → describe →
 * split. It returns everything later stages and the course need, including a manifest of
 * how many messages went in and out of each stage.
 */
import { cleanEmails, type CleanResult } from './clean';
import { CORPUS_PERIOD, type Period } from './dates';
import { dedupe, type DedupeOptions, type DedupeResult, type DuplicateCluster } from './dedupe';
import { byId, compareIds } from './order';
import { parseEmail } from './parse';
import { distribution, qualityReport, type QualityReport } from './quality';
import { runStages, type Stage } from './run-stages';
import { assertNoLeakage, batchSplit, checkLeakage, DEFAULT_FRACTIONS, randomSplit, timeSplit, type LeakageReport, type SplitFractions } from './split';
import type { Email, Label, RawMessage, Split, StageCount } from './types';

export interface PrepareOptions {
  /** Seed of everything random (near-duplicate hashing, random and batch splits). */
  seed?: number;
  /** Dates outside this window are not trusted. */
  period?: Period;
  fractions?: SplitFractions;
  dedupe?: Omit<DedupeOptions, 'seed'>;
}

/** When one corpus group's messages arrived (ISO 8601), measured on its cleaned messages, and where they ended up in the time split. */
export interface GroupDates {
  group: string;
  label: Label;
  messages: number;
  undated: number;
  /** Null when no message of the group has a date. */
  received: { min: string; p25: string; median: string; p75: string; max: string } | null;
  /** The group's messages in each part of the time split: after deduplication, so they sum to less than `messages`. */
  timeSplit: Record<keyof Split, number>;
}

/** The three ways the course splits the corpus: by time, at random, by release batch. */
export const SPLIT_NAMES = ['time', 'random', 'batch'] as const;
export type SplitName = (typeof SPLIT_NAMES)[number];

export interface PreparedData {
  /** Cleaned, deduplicated messages, sorted by id: what every split is made of. */
  emails: Email[];
  splits: Record<SplitName, Split>;
  /** The leakage check of each split. `time` always passes: prepareData throws otherwise. */
  leakage: Record<SplitName, LeakageReport>;
  duplicates: DuplicateCluster[];
  manifest: StageCount[];
  quality: QualityReport;
  /** Per corpus group, before deduplication: do the `-2` groups really come later than the `-1` groups? And where did each group land in the time split? */
  dateOverlap: GroupDates[];
}

export async function prepareData(raw: RawMessage[], options: PrepareOptions = {}): Promise<PreparedData> {
  const { seed = 42, period = CORPUS_PERIOD, fractions = DEFAULT_FRACTIONS } = options;

  // Sorted first, so the output does not depend on the order files were read in.
  const messages = raw.slice().sort((a, b) => compareIds(a.id, b.id));
  // Values later steps need besides each stage's items.
  let cleaned: CleanResult | undefined;
  let deduplicated: DedupeResult | undefined;
  const stages = [
    {
      name: 'parse',
      run: async (messages: RawMessage[]) => {
        const parsed: Email[] = [];
        let unparseable = 0;
        for (const message of messages) {
          try {
            parsed.push(await parseEmail(message));
          } catch {
            unparseable++; // one malformed message must not stop the pipeline; the manifest shows it
          }
        }
        const notes: Record<string, number> = unparseable ? { unparseable } : {};
        return { items: parsed, notes };
      },
    } satisfies Stage<RawMessage, Email>,
    {
      name: 'clean',
      run: (parsed: Email[]) => {
        cleaned = cleanEmails(parsed, period);
        return { items: cleaned.emails, notes: cleaned.notes };
      },
    } satisfies Stage<Email, Email>,
    {
      name: 'dedupe',
      run: (emails: Email[]) => {
        deduplicated = dedupe(emails, { ...options.dedupe, seed });
        return { items: deduplicated.emails, notes: { 'exact duplicate': deduplicated.exactRemoved, 'near duplicate': deduplicated.nearRemoved } };
      },
    } satisfies Stage<Email, Email>,
  ];
  const { items: emails, manifest } = await runStages<Email>(messages, stages);
  if (!cleaned || !deduplicated) throw new Error('prepareData: the clean and dedupe stages did not run');

  const splits: Record<SplitName, Split> = {
    time: timeSplit(emails, fractions),
    random: randomSplit(emails, seed, fractions),
    batch: batchSplit(emails, seed, fractions),
  };
  const clusters = deduplicated.clusters.map((cluster) => [cluster.kept, ...cluster.removed]);
  assertNoLeakage(splits.time, clusters);
  const leakage: Record<SplitName, LeakageReport> = {
    time: checkLeakage(splits.time, clusters),
    random: checkLeakage(splits.random, clusters),
    batch: checkLeakage(splits.batch, clusters),
  };
  for (const name of ['time', 'random', 'batch'] as const) {
    const { train, validation, test } = splits[name];
    const out = train.length + validation.length + test.length;
    manifest.push({
      stage: `split: ${name}`,
      in: emails.length,
      out,
      notes: { train: train.length, validation: validation.length, test: test.length, 'left out': emails.length - out },
    });
  }

  return {
    emails,
    splits,
    leakage,
    duplicates: deduplicated.clusters,
    manifest,
    quality: qualityReport(cleaned.emails, deduplicated, period),
    dateOverlap: groupDates(cleaned.emails, splits.time),
  };
}

export function groupDates(emails: Email[], timeSplit: Split): GroupDates[] {
  const groups = [...new Set(emails.map((email) => email.group))].sort(compareIds);
  const inGroup = (part: Email[], group: string) => part.filter((email) => email.group === group).length;
  return groups.map((group) => {
    const members = emails.filter((email) => email.group === group).sort(byId);
    const times = members.flatMap((email) => (email.date === null ? [] : [Date.parse(email.date)]));
    const quartiles = distribution(times);
    const iso = (time: number) => new Date(time).toISOString();
    return {
      group,
      label: members[0].label,
      messages: members.length,
      undated: members.length - times.length,
      received: times.length === 0 ? null : {
        min: iso(quartiles.min),
        p25: iso(quartiles.p25),
        median: iso(quartiles.median),
        p75: iso(quartiles.p75),
        max: iso(quartiles.max),
      },
      timeSplit: { train: inGroup(timeSplit.train, group), validation: inGroup(timeSplit.validation, group), test: inGroup(timeSplit.test, group) },
    };
  });
}
