/**
 * Dates in mail headers, as they really are: two-digit years, years counted from 1900
 * (`102` for 2002, a classic `tm_year` bug), `AM`/`PM`, zones spelled out or missing.
 * We repair what can be repaired, say what we repaired, and give up (null) on the rest.
 */
import { repairYear, zoneOffset } from './date-repairs';
import { firstHeader, type Headers } from './headers';
import type { DateFix } from './types';

export interface ParsedDate {
  /** Milliseconds since the epoch, UTC. */
  time: number;
  fixes: DateFix[];
}

/** A window of plausible dates, ISO 8601, `from` inclusive and `to` exclusive. */
export interface Period {
  from: string;
  to: string;
}

/**
 * The corpus' period. The last part of the corpus was published on 2003-02-28, so no message
 * can have arrived later; the earliest `Received:` date in the corpus is in 2001.
 */
export const CORPUS_PERIOD: Period = { from: '2001-01-01', to: '2003-03-01' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The shapes dates come in. Named groups say which number is which; `zone` is whatever follows.
const SHAPES = [
  // RFC 5322 and its sloppy cousins: `Thu, 22 Aug 2002 12:36:16 +0100 (IST)`, `27 Jun 01 3:36:25 PM`
  /(?<day>\d{1,2})\s+(?<month>[a-z]{3})[a-z]*\.?,?\s+(?<year>\d{2,4})\s+(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2}))?\s*(?<meridiem>[ap]m\b)?\s*(?<zone>.*)/i,
  // C's asctime(), as in mbox lines: `Sat Sep 21 08:18:08 2002`. The month starts a word: from
  // every letter of a long word, the match would rescan the word (quadratic).
  /(?<![a-z])(?<month>[a-z]{3})[a-z]*\s+(?<day>\d{1,2})\s+(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2}))?\s+(?<year>\d{4})\s*(?<zone>.*)/i,
  // Numeric: `2002/09/14 Sat 02:29:32 CDT`
  /(?<year>\d{4})[/-](?<month>\d{1,2})[/-](?<day>\d{1,2})\D*?(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2}))?\s*(?<meridiem>[ap]m\b)?\s*(?<zone>.*)/i,
];

type DateParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'meridiem' | 'zone', string>;

/** Parses one date as found in a `Date:` header or at the end of a `Received:` header. */
export function parseMailDate(text: string): ParsedDate | null {
  for (const shape of SHAPES) {
    const groups = shape.exec(text)?.groups;
    if (!groups) continue;
    const { year, month, day, hour, minute, second = '0', meridiem = '', zone } = groups;
    return buildDate({ year, month, day, hour, minute, second, meridiem, zone });
  }
  return null;
}

function buildDate(parts: DateParts): ParsedDate | null {
  const fixes: DateFix[] = [];

  const year = repairYear(parts.year, fixes);

  const month = /^\d+$/.test(parts.month) ? Number(parts.month) - 1 : MONTHS.indexOf(parts.month.slice(0, 3).toLowerCase());
  const day = Number(parts.day);
  let hour = Number(parts.hour);
  const meridiem = parts.meridiem.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  if (month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60) return null;

  const local = Date.UTC(year, month, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) return null; // 31 Feb and friends

  const offset = zoneOffset(parts.zone.trim(), fixes);
  return { time: local - offset * 60_000, fixes };
}

export function isWithin(time: number, period: Period): boolean {
  return time >= Date.parse(period.from) && time < Date.parse(period.to);
}

export interface ReceivedDate {
  /** ISO 8601 (UTC), or null when no usable date was found. */
  iso: string | null;
  source: 'received' | 'date' | null;
  /** Repairs applied to the chosen date, plus `outside period` if an implausible candidate was skipped. */
  fixes: DateFix[];
}

/**
 * When the message arrived. `Received:` headers are stamped by the receiving servers, the
 * topmost one by the last server (ours), so they are trusted before `Date:`, which the
 * sender's software writes and spammers forge. With a `period`, candidates outside it are skipped.
 */
export function readReceivedDate(headers: Headers, period?: Period): ReceivedDate {
  const candidates: { text: string; source: 'received' | 'date' }[] = [
    // The date is after the last `;` of a Received field.
    ...(headers['received'] ?? []).map((value) => ({ text: value.slice(value.lastIndexOf(';') + 1), source: 'received' as const })),
    { text: firstHeader(headers, 'date'), source: 'date' },
  ];
  let skipped = false;
  for (const { text, source } of candidates) {
    const parsed = parseMailDate(text);
    if (!parsed) continue;
    if (period && !isWithin(parsed.time, period)) {
      skipped = true;
      continue;
    }
    const fixes: DateFix[] = skipped ? [...parsed.fixes, 'outside period'] : parsed.fixes;
    return { iso: new Date(parsed.time).toISOString(), source, fixes };
  }
  return { iso: null, source: null, fixes: skipped ? ['outside period'] : [] };
}
