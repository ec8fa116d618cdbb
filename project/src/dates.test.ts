import { describe, expect, it } from 'vitest';
import { CORPUS_PERIOD, parseMailDate, readReceivedDate } from './dates';
import { parseHeaders } from './headers';

const iso = (text: string) => {
  const parsed = parseMailDate(text);
  return parsed && { iso: new Date(parsed.time).toISOString(), fixes: parsed.fixes };
};

describe('parseMailDate', () => {
  it('reads RFC 5322 dates with numeric and named zones', () => {
    expect(iso('Thu, 22 Aug 2002 12:36:16 +0100 (IST)')).toEqual({ iso: '2002-08-22T11:36:16.000Z', fixes: [] });
    expect(iso('Thu, 22 Aug 2002 07:36:16 EDT')).toEqual({ iso: '2002-08-22T11:36:16.000Z', fixes: [] });
  });

  it('repairs years counted from 1900 and two-digit years', () => {
    expect(iso('Thu, 22 Aug 0102 12:07:35 +0800')).toEqual({ iso: '2002-08-22T04:07:35.000Z', fixes: ['year counted from 1900'] });
    expect(iso('Sat, 21 Sep 102 05:01:06 +0000')?.iso).toBe('2002-09-21T05:01:06.000Z');
    expect(iso('27 Jun 01 3:36:25 PM')).toEqual({ iso: '2001-06-27T15:36:25.000Z', fixes: ['two-digit year', 'missing zone'] });
    expect(iso('1 Jan 99 00:00 +0000')?.iso).toBe('1999-01-01T00:00:00.000Z');
  });

  it('reads UTC for missing, unknown and malformed zones, and says so', () => {
    expect(iso('Mon, 28 Jul 1980 14:01:35')?.fixes).toEqual(['missing zone']);
    expect(iso('Fri, 30 Aug 02 21:48:08 Eastern Daylight Time')?.fixes).toEqual(['two-digit year', 'unknown zone']);
    expect(iso('Wed, 07 Oct 2020 23:01:36 -1900')).toEqual({ iso: '2020-10-07T23:01:36.000Z', fixes: ['malformed zone'] });
    expect(iso('Sat, 8 Jun 2002 1:5:13 +-0500')).toEqual({ iso: '2002-06-08T06:05:13.000Z', fixes: ['malformed zone'] });
  });

  it('reads asctime and numeric shapes', () => {
    expect(iso('Sat Sep 21 08:18:08 2002')?.iso).toBe('2002-09-21T08:18:08.000Z');
    expect(iso('2002/09/14 Sat 02:29:32 CDT')?.iso).toBe('2002-09-14T07:29:32.000Z');
  });

  it('gives up on what is not a date', () => {
    expect(parseMailDate('')).toBeNull();
    expect(parseMailDate('yesterday')).toBeNull();
    expect(parseMailDate('31 Feb 2002 10:00:00 +0000')).toBeNull();
    expect(parseMailDate('12 Foo 2002 10:00:00 +0000')).toBeNull();
  });
});

describe('readReceivedDate', () => {
  it('trusts the topmost Received header over Date', () => {
    const headers = parseHeaders(
      'Received: by b; Thu, 22 Aug 2002 12:00:00 +0000\nReceived: by a; Thu, 22 Aug 2002 11:00:00 +0000\nDate: Wed, 04 Oct 2028 12:05:01 -0400\n\n',
    );
    expect(readReceivedDate(headers, CORPUS_PERIOD)).toEqual({ iso: '2002-08-22T12:00:00.000Z', source: 'received', fixes: [] });
  });

  it('falls back to Date, repairing it', () => {
    const headers = parseHeaders('Date: Thu, 22 Aug 0102 12:07:35 +0000\n\n');
    expect(readReceivedDate(headers, CORPUS_PERIOD)).toEqual({ iso: '2002-08-22T12:07:35.000Z', source: 'date', fixes: ['year counted from 1900'] });
  });

  it('returns null for an implausible date only when a period is given', () => {
    const headers = parseHeaders('Date: Wed, 04 Oct 2028 12:05:01 -0400\n\n');
    expect(readReceivedDate(headers).iso).toBe('2028-10-04T16:05:01.000Z');
    expect(readReceivedDate(headers, CORPUS_PERIOD)).toEqual({ iso: null, source: null, fixes: ['outside period'] });
  });

  it('returns null when there is no date at all', () => {
    expect(readReceivedDate(parseHeaders('Subject: hi\n\n'))).toEqual({ iso: null, source: null, fixes: [] });
  });
});
