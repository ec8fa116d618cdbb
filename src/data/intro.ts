/**
 * Numbers the Introduction prints: the full corpus as the pipeline counted it (from
 * `generated/*.json`), and what the introduction's exercises compute on their own scenarios.
 */
import manifest from '@site/generated/manifest.json';
import quality from '@site/generated/quality.json';
// The introduction's exercises: their answers and their illustrative scenarios, so that what the
// lessons say about links, lead times and cycles is what the code computes.
import { communicationLinks } from '@site/exercises/intro/01-handoff-links/solution/links';
import { leadTime } from '@site/exercises/intro/02-lead-time/solution/lead-time';
import * as relay from '@site/exercises/intro/02-lead-time/problem/work';
import { cycleDays, cyclesPerQuarter, QUARTER_DAYS } from '@site/exercises/intro/04-cycles-per-quarter/solution/cycles';
import * as loops from '@site/exercises/intro/04-cycles-per-quarter/problem/loops';

const { byGroup, byLabel } = quality.quality;
const labelOf = (group: string) => {
  const found = quality.dateOverlap.find((row) => row.group === group);
  if (!found) throw new Error(`quality.json has no label for group "${group}"`);
  return found.label;
};
const stage = (name: string) => {
  const found = manifest.stages.find((s) => s.stage === name);
  if (!found) throw new Error(`manifest.json has no stage "${name}"`);
  return found;
};
const spamRow = byLabel.find((row) => row.name === 'spam');
const hamRow = byLabel.find((row) => row.name === 'ham');
if (!spamRow || !hamRow) throw new Error('quality.json has no ham or spam row');

const dedupe = stage('dedupe');
const timeSplit = stage('split: time');
const timeNotes = timeSplit.notes ?? {};
const dedupeNotes = dedupe.notes ?? {};

export const corpus = {
  /** The npm package the pipeline reads the corpus from, and its version. */
  package: manifest.corpus.package,
  version: manifest.corpus.version,
  messages: quality.quality.messages,
  spam: spamRow.messages,
  ham: hamRow.messages,
  spamShare: spamRow.messages / quality.quality.messages,
  /** One row per group, as the exercise's table has them, for the full corpus. */
  groups: byGroup.map((row) => ({
    group: row.name,
    label: labelOf(row.name),
    messages: row.messages,
    share: row.messages / quality.quality.messages,
    medianBytes: row.sizeBytes.median,
    htmlOnlyShare: row.messages === 0 ? 0 : row.htmlOnly / row.messages,
  })),
  /** Spam whose Date header had to be repaired (missing or malformed zone, two-digit year, year 102…). */
  spamDatesRepaired: Object.values(spamRow.dateHeader.repaired).reduce((a, b) => a + b, 0),
  /** How many of the groups hold spam. */
  spamGroups: byGroup.filter((row) => labelOf(row.name) === 'spam').length,
  /** The biggest group, which a sample drawn in proportion would be mostly made of. */
  largestGroup: byGroup.reduce((a, b) => (b.messages > a.messages ? b : a)).name,
  largestGroupMessages: Math.max(...byGroup.map((row) => row.messages)),
  spamHtmlOnlyShare: spamRow.htmlOnly / spamRow.messages,
  hardHamMedianBytes: byGroup.find((row) => row.name === 'hard-ham-1')?.sizeBytes.median ?? Number.NaN,
  easyHamMedianBytes: byGroup.find((row) => row.name === 'easy-ham-1')?.sizeBytes.median ?? Number.NaN,
  /** Duplicates removed before training: exact copies and near-copies (spam campaigns). */
  afterDedupe: dedupe.out,
  duplicatesRemoved: dedupe.in - dedupe.out,
  exactDuplicates: dedupeNotes['exact duplicate'] ?? 0,
  nearDuplicates: dedupeNotes['near duplicate'] ?? 0,
  spamDuplicatesRemoved: spamRow.duplicatesRemoved,
  /** The time split the course trains and tests on. */
  train: timeNotes.train ?? 0,
  validation: timeNotes.validation ?? 0,
  test: timeNotes.test ?? 0,
};

export const handoffs = {
  /** One-to-one links in a team of `people`. */
  links: communicationLinks,
  queueDays: relay.QUEUE_DAYS,
  teams: new Set(relay.specialists.map((stage) => stage.team)).size,
  workDays: leadTime(relay.specialists, 0),
  /** The relay of specialists, waiting `queueDays` at each hand-off. */
  specialistsDays: leadTime(relay.specialists, relay.QUEUE_DAYS),
  endToEndDays: leadTime(relay.endToEnd, relay.QUEUE_DAYS),
};

const loop = (stages: typeof loops.specialists) => ({
  teams: new Set(stages.map((stage) => stage.team)).size,
  days: cycleDays(stages, loops.QUEUE_DAYS),
  perQuarter: cyclesPerQuarter(stages, loops.QUEUE_DAYS),
});

export const cycles = {
  quarterDays: QUARTER_DAYS,
  queueDays: loops.QUEUE_DAYS,
  specialists: loop(loops.specialists),
  endToEnd: loop(loops.endToEnd),
  /** The same loop with one hand-off fewer: product designs and also reads the results. */
  sandwich: loop(loops.sandwich),
};
