/**
 * Numbers and real excerpts for the data-engineering lessons on raw messages, headers and
 * MIME bodies. Everything comes from the pipeline's output (`quality.json`, written by the
 * data-quality stage, and `lesson-examples.json`, written by `project/node/lesson-examples.ts`).
 */
import examplesFile from '@site/generated/lesson-examples.json';
import metricsFile from '@site/generated/metrics.json';
import qualityFile from '@site/generated/quality.json';
import type { LessonExample } from '@project/artefacts';
import { dateFixSchema } from '@project/types';

type Counts = Record<string, number>;

const { quality } = qualityFile;
const { examples } = examplesFile;

const byLabel = (label: 'spam' | 'ham') => quality.byLabel.find((row) => row.name === label)!;
const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);
/** Entries sorted by count, largest first. */
const ranked = (counts: Counts) => Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

const spam = byLabel('spam');
const ham = byLabel('ham');

/** What the raw files look like, counted over the whole corpus. */
export const raw = {
  ...examplesFile.counts,
  /** Share of messages that start with the mbox `From sender date` line. */
  mboxFromShare: examplesFile.counts.mboxFromLine / examplesFile.counts.messages,
  eightBitShare: examplesFile.counts.eightBit / examplesFile.counts.messages,
  foldedShare: examplesFile.counts.foldedHeaders / examplesFile.counts.messages,
};

/** One row per corpus group: size and how often the only readable body is HTML. */
export const groups = quality.byGroup.map((group) => ({
  name: group.name,
  messages: group.messages,
  medianBytes: group.sizeBytes.median,
  maxBytes: group.sizeBytes.max,
  htmlOnly: group.htmlOnly,
  htmlOnlyShare: group.htmlOnlyShare,
  hasHtml: group.hasHtml,
}));

const hardHam = quality.byGroup.find((group) => group.name === 'hard-ham-1')!;

const hasHtmlShare = (row: { hasHtml: number; messages: number }) => row.hasHtml / row.messages;

export const bodies = {
  messages: quality.messages,
  /** Share of messages with an HTML part: markup itself is a strong spam signal, and hard ham's. */
  hasHtmlShare: { spam: hasHtmlShare(spam), ham: hasHtmlShare(ham), hardHam: hasHtmlShare(hardHam) },
  spam: { messages: spam.messages, hasHtml: spam.hasHtml, htmlOnly: spam.htmlOnly, htmlOnlyShare: spam.htmlOnlyShare, htmlInPlainText: spam.htmlInPlainText, emptyBody: spam.emptyBody, medianBytes: spam.sizeBytes.median },
  ham: { messages: ham.messages, hasHtml: ham.hasHtml, htmlOnly: ham.htmlOnly, htmlOnlyShare: ham.htmlOnlyShare, htmlInPlainText: ham.htmlInPlainText, medianBytes: ham.sizeBytes.median },
  hardHam: { messages: hardHam.messages, htmlOnly: hardHam.htmlOnly, htmlOnlyShare: hardHam.htmlOnlyShare, medianBytes: hardHam.sizeBytes.median },
  /** Messages whose decoded text still has undecodable bytes (U+FFFD), across the corpus. */
  undecodableText: spam.undecodableText + ham.undecodableText,
  withAttachments: spam.withAttachments + ham.withAttachments,
};

/** Declared Content-Transfer-Encodings: messages declaring each, per label. */
export const transferEncodings = {
  spam: ranked(spam.transferEncodings),
  ham: ranked(ham.transferEncodings),
  spamBase64: spam.transferEncodings['base64'] ?? 0,
  spamQuotedPrintable: spam.transferEncodings['quoted-printable'] ?? 0,
  hamBase64: ham.transferEncodings['base64'] ?? 0,
  hamQuotedPrintable: ham.transferEncodings['quoted-printable'] ?? 0,
};

const allCharsets = new Set([...Object.keys(spam.charsets), ...Object.keys(ham.charsets)]);

/** Declared charsets: messages declaring each, per label. */
export const charsets = {
  distinct: allCharsets.size,
  spamDistinct: Object.keys(spam.charsets).length,
  hamDistinct: Object.keys(ham.charsets).length,
  spamTop: ranked(spam.charsets).slice(0, 6),
  hamTop: ranked(ham.charsets).slice(0, 6),
  /** Labels no decoder knows (`default`, `default_charset`, `unknown-8bit`…): spam only. */
  spamBogus: ranked(spam.charsets).filter(([name]) => /default|unknown|_charset|chinesebig5/.test(name)),
  spamDeclaring: sum(spam.charsets),
};

/** Real excerpts, each picked by the stated rule (the first message in id order that meets it). */
export function example(name: string): LessonExample {
  const found: LessonExample | undefined = examples[name];
  if (!found) throw new Error(`lesson-examples.json has no example "${name}"; re-run the pipeline`);
  return found;
}

/** One real Date header per kind of repair (and one outside the corpus' period), as the pipeline found them. */
export const brokenDates = dateFixSchema.options.flatMap((kind) => {
  const found: LessonExample | undefined = examples[`date: ${kind}`];
  return found ? [{ kind, id: found.id, header: found.raw }] : [];
});

/** The year of the first Date header outside the corpus' period, e.g. for "a message dated …". */
export const outsidePeriodYear = /\b(\d{4})\b/.exec(example('date: outside period').raw)?.[1];

/** `spam-2/00183.47b4….txt` → `spam-2/00183`: short enough for prose, still findable. */
export function shortId(id: string): string {
  return id.replace(/\.[0-9a-f]{32}\.txt$/, '');
}

/**
 * The pipeline parses with postal-mime; the service reads raw text with its own synchronous
 * reader. How often the two give the same label on the time-split test set.
 */
export const servingAgreement = {
  messages: metricsFile.serving.messages,
  labelAgreement: metricsFile.serving.labelAgreement,
};
