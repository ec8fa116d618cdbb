/**
 * A data-quality report: what is missing, broken, odd or duplicated, per corpus group and per
 * label. Problems that differ between spam and ham matter most: a model will happily learn
 * "broken Date header means spam" instead of learning what spam says.
 */
import { CORPUS_PERIOD, isWithin, parseMailDate, type Period } from '@project/dates';
import type { DedupeResult } from '@project/dedupe';
import { firstHeader } from '@project/headers';
import type { DateFix, Email } from '@project/types';

export interface Distribution {
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

export interface GroupQuality {
  /** A corpus group (`spam-2`) or a label (`spam`). */
  name: string;
  messages: number;
  emptyBody: number;
  hasHtml: number;
  /** Messages whose only readable body is HTML, and their share of `messages`. */
  htmlOnly: number;
  htmlOnlyShare: number;
  /** Plain-text bodies full of HTML tags: HTML sent without saying so. */
  htmlInPlainText: number;
  withAttachments: number;
  /** Bodies with U+FFFD: bytes that could not be decoded in the charset the part declared (or UTF-8). */
  undecodableText: number;
  sizeBytes: Distribution;
  /** Where the received date (used for the time split) came from. */
  receivedDate: { fromReceived: number; fromDateHeader: number; missing: number; repaired: number };
  /** The sender's `Date:` header: not used for splitting, but telling. */
  dateHeader: DateHeaderAudit;
  /** Messages declaring each charset / transfer encoding. */
  charsets: Record<string, number>;
  transferEncodings: Record<string, number>;
  /** Messages removed as exact or near duplicates. */
  duplicatesRemoved: number;
}

export interface DateHeaderAudit {
  missing: number;
  unparseable: number;
  /** Repairs needed to read it, by kind (e.g. `year counted from 1900`), in name order. */
  repaired: Record<string, number>;
  outsidePeriod: number;
  /** More than a day away from the received date: a wrong clock, a slow delivery, or a forgery. */
  offByMoreThanADay: number;
}

export interface QualityReport {
  messages: number;
  byGroup: GroupQuality[];
  byLabel: GroupQuality[];
  duplicates: { exactRemoved: number; nearRemoved: number; clusters: number; mixedLabelClusters: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Describes the cleaned messages (before duplicates are removed) and what deduplication found. */
export function qualityReport(emails: Email[], duplicates: DedupeResult, period: Period = CORPUS_PERIOD): QualityReport {
  // TODO: one row per corpus group and one per label, each list in name order, each row made by
  // `describe` from that name's messages only; `describe` also needs the ids of the messages
  // deduplication removed. Then the duplicates' summary.
  return { messages: emails.length, byGroup: [], byLabel: [], duplicates: { exactRemoved: 0, nearRemoved: 0, clusters: 0, mixedLabelClusters: 0 } };
}

/**
 * What the senders' `Date:` headers say: missing, unreadable, repaired (one count per repair
 * kind), outside the corpus period, or more than a day away from when the message arrived.
 */
export function auditDateHeaders(emails: Email[], period: Period): DateHeaderAudit {
  // TODO: read each message's Date header with `firstHeader` and `parseMailDate`; count the
  // missing, the unparseable, each repair made (with `tally`), the dates outside `period`
  // (`isWithin`) and those more than a day (DAY_MS) away from when the message arrived.
  return { missing: 0, unparseable: 0, repaired: {}, outsidePeriod: 0, offByMoreThanADay: 0 };
}

function describe(name: string, emails: Email[], removed: Set<string>, period: Period): GroupQuality {
  const count = (test: (email: Email) => boolean) => emails.filter(test).length;
  const htmlOnly = count((email) => email.htmlOnly === true);

  return {
    name,
    messages: emails.length,
    emptyBody: count((email) => email.text === ''),
    hasHtml: count((email) => email.hasHtml),
    htmlOnly,
    htmlOnlyShare: emails.length === 0 ? 0 : htmlOnly / emails.length,
    htmlInPlainText: count((email) => !email.hasHtml && /<(html|body|p|br|div|table|font|a)\b/i.test(email.text)),
    withAttachments: count((email) => email.attachments > 0),
    undecodableText: count((email) => email.text.includes('\uFFFD')),
    sizeBytes: distribution(emails.map((email) => email.sizeBytes)),
    receivedDate: {
      fromReceived: count((email) => email.dateSource === 'received'),
      fromDateHeader: count((email) => email.dateSource === 'date'),
      missing: count((email) => email.date === null),
      repaired: count((email) => (email.dateFixes ?? []).length > 0),
    },
    dateHeader: auditDateHeaders(emails, period),
    charsets: tally(emails.flatMap((email) => email.charsets ?? [])),
    transferEncodings: tally(emails.flatMap((email) => email.transferEncodings ?? [])),
    duplicatesRemoved: count((email) => removed.has(email.id)),
  };
}

/** Quartiles by the nearest-rank method: every reported value is one that actually occurs. */
export function distribution(values: number[]): Distribution {
  const sorted = values.slice().sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.round(q * (sorted.length - 1))]);
  return { min: at(0), p25: at(0.25), median: at(0.5), p75: at(0.75), max: at(1) };
}

function tally(values: string[]): Record<string, number> {
  // A Map, because a junk charset could be called `__proto__`.
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return sortedKeys(Object.fromEntries(counts));
}

/** Same keys in the same order on every run, so the JSON output is byte-for-byte stable. */
function sortedKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
