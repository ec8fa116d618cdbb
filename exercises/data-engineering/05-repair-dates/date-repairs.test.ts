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
  });

  it('repairs years counted from 1900 (the tm_year bug)', () => {
    expect(year('102'), '"102" means 2002').toEqual({ year: 2002, fixes: ['year counted from 1900'] });
    expect(year('0102'), '"0102" (four digits, leading zero) also means 2002').toEqual({ year: 2002, fixes: ['year counted from 1900'] });
  });
});

describe('zoneOffset', () => {
  it('reads numeric zones as minutes east of UTC', () => {
    expect(zone('+0100 (IST)'), '"+0100" is 60 minutes east').toEqual({ minutes: 60, fixes: [] });
    expect(zone('-0400'), '"-0400" is 240 minutes west').toEqual({ minutes: -240, fixes: [] });
    expect(zone('+0530').minutes, '"+0530" is 5 hours 30 minutes east').toBe(330);
  });

  it('reads the zones RFC 822 names', () => {
    expect(zone('EDT'), '"EDT" is UTC-4').toEqual({ minutes: -240, fixes: [] });
    expect(zone('GMT').minutes, '"GMT" is UTC').toBe(0);
    expect(zone('(PST)').minutes, '"(PST)" in brackets is still UTC-8').toBe(-480);
  });

  it('flags a missing zone and reads it as UTC', () => {
    expect(zone(''), 'no zone at all').toEqual({ minutes: 0, fixes: ['missing zone'] });
  });

  it('flags zones it does not know and reads them as UTC', () => {
    expect(zone('Eastern Daylight Time'), '"Eastern Daylight Time" is not an RFC 822 zone').toEqual({ minutes: 0, fixes: ['unknown zone'] });
  });

  it('repairs "+-0500" to -0500 and flags it', () => {
    expect(zone('+-0500'), '"+-0500": the minus is what the sender meant').toEqual({ minutes: -300, fixes: ['malformed zone'] });
  });

  it('gives up on impossible offsets like -1900, flagged, read as UTC', () => {
    expect(zone('-1900'), 'no zone is 19 hours from UTC').toEqual({ minutes: 0, fixes: ['malformed zone'] });
    expect(zone('+0175'), 'an hour has no 75th minute').toEqual({ minutes: 0, fixes: ['malformed zone'] });
  });
});
