import { SPLIT_PARTS, type SampleMessage } from '../src/artefacts';
import type { SplitName } from '../src/prepare-data';
import { mulberry32, shuffled } from '../src/random';
import type { SpamFilter } from '../src/spam-filter';
import type { Email, RawMessage, Split } from '../src/types';

type SplitPart = (typeof SPLIT_PARTS)[number];

export interface SampleOptions {
  perGroup: number;
  /** Messages above this are skipped: the browser downloads the whole sample. */
  maxRawBytes: number;
  demoPerLabel: number;
  seed: number;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = { perGroup: 40, maxRawBytes: 48 * 1024, demoPerLabel: 3, seed: 11 };

/**
 * A stratified sample of raw messages (the same number from each corpus group) for browser
 * exercises, plus a few demo examples: time-split test messages the filter gets right with a
 * wide margin, short enough to read on screen.
 */
export function buildSample(
  emails: readonly Email[],
  raws: readonly RawMessage[],
  splits: Record<SplitName, Split>,
  filter: SpamFilter,
  options: SampleOptions = DEFAULT_SAMPLE_OPTIONS,
): SampleMessage[] {
  const rawById = new Map(raws.map((message) => [message.id, message.raw]));
  const parts = { time: partsById(splits.time), random: partsById(splits.random), batch: partsById(splits.batch) };
  const partIn = (name: SplitName, id: string) => parts[name].get(id) ?? null;
  const random = mulberry32(options.seed);
  const small = emails.filter((email) => email.sizeBytes <= options.maxRawBytes);

  const chosen = new Set<string>();
  for (const group of [...new Set(small.map((email) => email.group))].sort()) {
    const members = small.filter((email) => email.group === group);
    for (const email of shuffled(members, random).slice(0, options.perGroup)) chosen.add(email.id);
  }

  const demos = new Set<string>();
  for (const label of ['spam', 'ham'] as const) {
    const candidates = splits.time.test
      .filter((email) => email.label === label && email.sizeBytes <= 4 * 1024)
      .map((email) => ({ id: email.id, result: filter.classify(rawById.get(email.id)!, email.id) }))
      .filter(({ result }) => result.label === label)
      .sort((a, b) => Math.abs(b.result.score - b.result.threshold) - Math.abs(a.result.score - a.result.threshold) || (a.id < b.id ? -1 : 1));
    for (const { id } of candidates.slice(0, options.demoPerLabel)) {
      demos.add(id);
      chosen.add(id);
    }
  }

  return emails
    .filter((email) => chosen.has(email.id))
    .map((email) => ({
      id: email.id,
      group: email.group,
      label: email.label,
      date: email.date,
      splits: { time: partIn('time', email.id), random: partIn('random', email.id), batch: partIn('batch', email.id) },
      demo: demos.has(email.id),
      raw: rawById.get(email.id)!,
    }));
}

function partsById(split: Split): Map<string, SplitPart> {
  const parts = new Map<string, SplitPart>();
  for (const part of SPLIT_PARTS) for (const email of split[part]) parts.set(email.id, part);
  return parts;
}
