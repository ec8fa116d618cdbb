/**
 * Repairs for the two parts of a mail date that senders get wrong most: the year and the zone.
 * Each repair is recorded in `fixes`, so the data-quality report can count them.
 */
import type { DateFix } from '@project/types';

/** The zones RFC 822 names, in minutes east of UTC. Anything else is read as UTC and flagged. */
export const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/**
 * The year a date's digits mean. Two digits: `02` is 2002 and `99` is 1999 (below 50 is the
 * 2000s). Three digits, or four starting with 0: counted from 1900 (`102`, `0102` are 2002),
 * the classic `tm_year` bug.
 */
export function repairYear(digits: string, fixes: DateFix[]): number {
  // TODO: two digits → 19xx or 20xx; three digits (or a leading 0) → counted from 1900.
  // Push 'two-digit year' or 'year counted from 1900' onto `fixes` when you repair.
  return Number(digits);
}

/**
 * Minutes east of UTC for what follows the time in a date (`+0100 (IST)`, `EDT`, ``).
 * Unknown, missing or impossible zones count as UTC (a few hours off at most) and are flagged.
 */
export function zoneOffset(zone: string, fixes: DateFix[]): number {
  // TODO: `+hhmm` / `-hhmm` (and the broken `+-hhmm`), a named zone from NAMED_ZONES,
  // or nothing. Flag 'malformed zone', 'missing zone' or 'unknown zone' as you go.
  return 0;
}
