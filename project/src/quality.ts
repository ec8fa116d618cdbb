/**
 * A data-quality report: what is missing, broken, odd or duplicated, per corpus group and per
 * label. Problems that differ between spam and ham matter most: a model will happily learn
 * "broken Date header means spam" instead of learning what spam says.
 */
import { CORPUS_PERIOD, isWithin, parseMailDate, type Period } from './dates';
import type { DedupeResult } from './dedupe';
import { firstHeader } from './headers';
import type { DateFix, Email } from './types';

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
  const removed = new Set(duplicates.clusters.flatMap((cluster) => cluster.removed));
  // One row per distinct name, in name order; each row describes only the messages of that name.
  const describeEach = (nameOf: (email: Email) => string) =>
    [...new Set(emails.map(nameOf))].sort().map((name) => describe(name, emails.filter((email) => nameOf(email) === name), removed, period));
  return {
    messages: emails.length,
    byGroup: describeEach((email) => email.group),
    byLabel: describeEach((email) => email.label),
    duplicates: {
      exactRemoved: duplicates.exactRemoved,
      nearRemoved: duplicates.nearRemoved,
      clusters: duplicates.clusters.length,
      mixedLabelClusters: duplicates.clusters.filter((cluster) => cluster.mixedLabels).length,
    },
  };
}

/**
 * What the senders' `Date:` headers say: missing, unreadable, repaired (one count per repair
 * kind), outside the corpus period, or more than a day away from when the message arrived.
 */
export function auditDateHeaders(emails: Email[], period: Period): DateHeaderAudit {
  const audit: DateHeaderAudit = { missing: 0, unparseable: 0, repaired: {}, outsidePeriod: 0, offByMoreThanADay: 0 };
  const repairs: DateFix[] = [];
  for (const email of emails) {
    const text = firstHeader(email.headers, 'date');
    if (text === '') {
      audit.missing++;
      continue;
    }
    const sent = parseMailDate(text);
    if (!sent) {
      audit.unparseable++;
      continue;
    }
    repairs.push(...sent.fixes);
    if (!isWithin(sent.time, period)) audit.outsidePeriod++;
    if (email.date !== null && Math.abs(sent.time - Date.parse(email.date)) > DAY_MS) audit.offByMoreThanADay++;
  }
  audit.repaired = tally(repairs);
  return audit;
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
