/**
 * Numbers the Introduction prints: the full corpus as the pipeline counted it, beside the
 * 206-message sample the browser gets. Everything is derived from `generated/*.json`.
 */
import manifest from '@site/generated/manifest.json';
import quality from '@site/generated/quality.json';

const { byGroup, byLabel } = quality.quality;
const labelOf = (group: string): 'ham' | 'spam' => (group.startsWith('spam') ? 'spam' : 'ham');
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
