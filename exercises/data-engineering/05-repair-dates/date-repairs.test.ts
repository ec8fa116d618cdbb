import { describe, expect, it } from 'vitest';
import type { DateFix } from '@project/types';
import { repairYear, zoneOffset } from './date-repairs';

/** Runs a repair and returns what it gave and which fixes it recorded. */
function year(digits: string) {
  const fixes: DateFix[] = [];
  return { year: repairYear(digits, fixes), fixes };
}
function zone(text: string) {
  const fixes: DateFix[] = [];
  return { minutes: zoneOffset(text, fixes), fixes };
}

describe('repairYear', () => {
  it('keeps a four-digit year as it is, with no fix', () => {
    expect(year('2002'), '"2002" is already a good year').toEqual({ year: 2002, fixes: [] });
    expect(year('2028'), '"2028" is a wrong date but a well-formed year: the period check catches it later').toEqual({ year: 2028, fixes: [] });
  });

  it('reads two-digit years as 2000–2049 or 1950–1999', () => {
    expect(year('02'), '"02" means 2002').toEqual({ year: 2002, fixes: ['two-digit year'] });
    expect(year('1').year, '"1" means 2001').toBe(2001);
    expect(year('99'), '"99" means 1999').toEqual({ year: 1999, fixes: ['two-digit year'] });
    expect(year('49').year, '"49" is the last year of the 2000s window').toBe(2049);
    expect(year('50').year, '"50" is the first year of the 1900s window').toBe(1950);
  });

  it('repairs years counted from 1900 (the tm_year bug)', () => {
    expect(year('102'), '"102" means 2002').toEqual({ year: 2002, fixes: ['year counted from 1900'] });
    expect(year('0102'), '"0102" (four digits, leading zero) also means 2002').toEqual({ year: 2002, fixes: ['year counted from 1900'] });
    expect(year('999').year, '"999" is the largest year counted from 1900').toBe(2899);
    expect(year('1000'), '"1000" has four digits and no leading zero: a real (if odd) year, left alone').toEqual({ year: 1000, fixes: [] });
  });
});

describe('zoneOffset', () => {
  it('reads numeric zones as minutes east of UTC', () => {
    expect(zone('+0100 (IST)'), '"+0100" is 60 minutes east').toEqual({ minutes: 60, fixes: [] });
    expect(zone('-0400'), '"-0400" is 240 minutes west').toEqual({ minutes: -240, fixes: [] });
    expect(zone('+0530').minutes, '"+0530" is 5 hours 30 minutes east').toBe(330);
  });

  it('accepts the real extremes: up to 14 hours, up to 59 minutes', () => {
    expect(zone('+1400'), '"+1400" (Kiribati) is the furthest zone east of UTC').toEqual({ minutes: 840, fixes: [] });
    expect(zone('+1300'), '"+1300" (New Zealand in summer)').toEqual({ minutes: 780, fixes: [] });
    expect(zone('-1200'), '"-1200" is the furthest west').toEqual({ minutes: -720, fixes: [] });
    expect(zone('+0559'), '"+0559": 59 is a valid minute').toEqual({ minutes: 359, fixes: [] });
  });

  it('reads the zone that comes first: numbers later in a comment do not count', () => {
    expect(zone('EST (relayed at -0100)'), 'the zone is EST; the "-0100" is in a comment').toEqual({ minutes: -300, fixes: [] });
    expect(zone('+02:00 GMT'), '"+02:00" is not an RFC 822 zone, and the GMT after it is not where the zone is').toEqual({ minutes: 0, fixes: ['unknown zone'] });
  });

  it('reads the zones RFC 822 names', () => {
    expect(zone('EDT'), '"EDT" is UTC-4').toEqual({ minutes: -240, fixes: [] });
    expect(zone('GMT').minutes, '"GMT" is UTC').toBe(0);
    expect(zone('(PST)').minutes, '"(PST)" in brackets is still UTC-8').toBe(-480);
    expect(zone('est'), '"est" in lower case is still EST').toEqual({ minutes: -300, fixes: [] });
    expect(zone('Gmt').minutes, '"Gmt" is still GMT').toBe(0);
  });

  it('flags a missing zone and reads it as UTC', () => {
    expect(zone(''), 'no zone at all').toEqual({ minutes: 0, fixes: ['missing zone'] });
  });

  it('flags zones it does not know and reads them as UTC', () => {
    expect(zone('Eastern Daylight Time'), '"Eastern Daylight Time" is not an RFC 822 zone').toEqual({ minutes: 0, fixes: ['unknown zone'] });
    expect(zone('(+0100)'), '"(+0100)": no name, and a number in brackets is not a zone either').toEqual({ minutes: 0, fixes: ['unknown zone'] });
  });

  it('repairs "+-0500" to -0500 and flags it', () => {
    expect(zone('+-0500'), '"+-0500": the minus is what the sender meant').toEqual({ minutes: -300, fixes: ['malformed zone'] });
    expect(zone('-+0500'), '"-+0500": the same, signs the other way round').toEqual({ minutes: -300, fixes: ['malformed zone'] });
  });

  it('gives up on impossible offsets like -1900, flagged, read as UTC', () => {
    expect(zone('-1900'), 'no zone is 19 hours from UTC').toEqual({ minutes: 0, fixes: ['malformed zone'] });
    expect(zone('+0175'), 'an hour has no 75th minute').toEqual({ minutes: 0, fixes: ['malformed zone'] });
    expect(zone('+1500'), 'no zone is 15 hours east').toEqual({ minutes: 0, fixes: ['malformed zone'] });
    expect(zone('+0060'), 'minute 60 is the next hour').toEqual({ minutes: 0, fixes: ['malformed zone'] });
    expect(zone('+-1900'), 'two things wrong, one zone given up on: flagged once').toEqual({ minutes: 0, fixes: ['malformed zone'] });
  });

  it('adds its repair to the fixes already recorded, without touching them', () => {
    const fixes: DateFix[] = ['two-digit year'];
    zoneOffset('', fixes);
    expect(fixes, 'the year repair stays; the zone repair comes after it').toEqual(['two-digit year', 'missing zone']);
  });
});
