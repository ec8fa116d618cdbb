/**
 * Repairs for the two parts of a mail date that senders get wrong most: the year and the zone.
 * Each repair is recorded in `fixes`, so the data-quality report can count them.
 */
import type { DateFix } from './types';

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
  const year = Number(digits);
  if (digits.length <= 2) {
    fixes.push('two-digit year');
    return year + (year < 50 ? 2000 : 1900);
  }
  if (year < 1000) {
    fixes.push('year counted from 1900');
    return year + 1900;
  }
  return year;
}

/**
 * Minutes east of UTC for what follows the time in a date (`+0100 (IST)`, `EDT`, ``).
 * Unknown, missing or impossible zones count as UTC (a few hours off at most) and are flagged.
 */
export function zoneOffset(zone: string, fixes: DateFix[]): number {
  const numeric = /^(\+-|-\+|[+-])(\d{2})(\d{2})\b/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) {
      fixes.push('malformed zone'); // `-1900`: no such zone, and no way to guess the right one
      return 0;
    }
    if (sign.length === 2) fixes.push('malformed zone'); // `+-0500`: the minus is what was meant
    return (sign.includes('-') ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }
  if (zone === '') {
    fixes.push('missing zone');
    return 0;
  }
  const named = NAMED_ZONES[/^\(?([a-z]+)/i.exec(zone)?.[1].toUpperCase() ?? ''];
  if (named === undefined) {
    fixes.push('unknown zone');
    return 0;
  }
  return named;
}
