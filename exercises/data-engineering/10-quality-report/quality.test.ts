import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { cleanEmails } from '@project/clean';
import { CORPUS_PERIOD } from '@project/dates';
import { dedupe, type DedupeResult, type DuplicateCluster } from '@project/dedupe';
import { parseHeaders } from '@project/headers';
import { parseEmail } from '@project/parse';
import type { Email } from '@project/types';
import { auditDateHeaders, qualityReport } from './quality';

/**
 * Milliseconds per call of `run`, timed over rounds of at least 100 ms (calls repeated until
 * then): the best of three rounds, the one least disturbed by whatever else the machine is
 * doing. Stops early once a round takes over 3 seconds.
 */
function msPerCall(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 100);
    best = Math.min(best, elapsed / calls);
    if (elapsed > 3000) break;
  }
  return best;
}

/** A message as the pipeline hands it over, with only what a test needs filled in. */
function email(id: string, group: string, fields: Partial<Email> = {}): Email {
  const label = group.startsWith('spam') ? 'spam' : 'ham';
  return { id, group, label, headers: {}, subject: '', from: '', date: null, text: 'some words', hasHtml: false, attachments: 0, sizeBytes: 100, ...fields };
}
const withDate = (date: string, received: string | null = null) => ({ headers: { date: [date] }, date: received });
const noDuplicates: DedupeResult = { emails: [], clusters: [], exactRemoved: 0, nearRemoved: 0 };
const cluster = (kept: string, removed: string[], mixedLabels = false): DuplicateCluster => ({ kept, removed, kind: 'exact', mixedLabels });

// In no particular order, as a pipeline hands them over.
const mixed = () => [
  email('s2/a', 'spam-2', { hasHtml: true, htmlOnly: true }),
  email('e1/a', 'easy-ham-1', { text: '' }),
  email('s1/a', 'spam-1', { attachments: 2 }),
  email('s2/b', 'spam-2', { sizeBytes: 900 }),
  email('h1/a', 'hard-ham-1', { hasHtml: true }),
  email('e1/b', 'easy-ham-1'),
];

describe('qualityReport', () => {
  it('gives one row per corpus group and one per label, each list in name order', () => {
    const report = qualityReport(mixed(), noDuplicates);
    expect(report.byGroup.map((row) => row.name), 'groups, sorted by name').toEqual(['easy-ham-1', 'hard-ham-1', 'spam-1', 'spam-2']);
    expect(report.byLabel.map((row) => row.name), 'labels, sorted by name').toEqual(['ham', 'spam']);
    expect(report.messages, 'every message is counted once').toBe(6);
  });

  it('describes each row by its own messages only', () => {
    const report = qualityReport(mixed(), noDuplicates);
    const row = (rows: typeof report.byGroup, name: string) => rows.find((candidate) => candidate.name === name)!;
    expect(row(report.byGroup, 'spam-2'), 'spam-2: two messages, one HTML-only, sizes 100 and 900').toMatchObject({ messages: 2, htmlOnly: 1, htmlOnlyShare: 0.5, sizeBytes: { min: 100, max: 900 } });
    expect(row(report.byGroup, 'easy-ham-1'), 'easy-ham-1: two messages, one empty').toMatchObject({ messages: 2, emptyBody: 1, hasHtml: 0 });
    expect(row(report.byLabel, 'ham'), 'ham: easy-ham-1 and hard-ham-1 together').toMatchObject({ messages: 3, emptyBody: 1, hasHtml: 1, withAttachments: 0 });
    expect(row(report.byLabel, 'spam'), 'spam: spam-1 and spam-2 together').toMatchObject({ messages: 3, hasHtml: 1, withAttachments: 1 });
  });

  it('counts the removed duplicates where they came from, and summarises the clusters', () => {
    const duplicates: DedupeResult = {
      emails: [],
      clusters: [cluster('s2/a', ['s2/b', 's1/a']), cluster('e1/a', ['h1/a'], true)],
      exactRemoved: 2,
      nearRemoved: 1,
    };
    const report = qualityReport(mixed(), duplicates);
    expect(report.byGroup.map((row) => [row.name, row.duplicatesRemoved]), 'the removed messages, not the ones kept').toEqual([
      ['easy-ham-1', 0],
      ['hard-ham-1', 1],
      ['spam-1', 1],
      ['spam-2', 1],
    ]);
    expect(report.byLabel.map((row) => row.duplicatesRemoved), 'by label: 1 ham, 2 spam').toEqual([1, 2]);
    expect(report.duplicates, 'the counts deduplication reported, the clusters, and the clusters whose labels disagree').toEqual({ exactRemoved: 2, nearRemoved: 1, clusters: 2, mixedLabelClusters: 1 });
  });

  it('audits the Date headers against the period it is given', () => {
    const emails = [email('a', 'easy-ham-1', withDate('Mon, 2 Sep 2002 10:00:00 +0000')), email('b', 'spam-1', withDate('Wed, 07 Oct 2020 23:01:36 +0000'))];
    const period = { from: '2002-09-01', to: '2002-09-02' };
    expect(qualityReport(emails, noDuplicates, period).byLabel.map((row) => row.dateHeader.outsidePeriod), 'with a one-day period, 2 September is outside too').toEqual([1, 1]);
    expect(qualityReport(emails, noDuplicates).byLabel.map((row) => row.dateHeader.outsidePeriod), 'with the corpus period, only 2020 is').toEqual([0, 1]);
  });

  it('grows linearly: 16 times the messages and clusters take less than 80 times as long', () => {
    const groups = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'];
    const corpus = (count: number) => ({
      emails: Array.from({ length: count }, (_, i) => email(`m${i}`, groups[i % 5], withDate('Mon, 2 Sep 2002 10:00:00 +0000', '2002-09-02T10:00:05.000Z'))),
      duplicates: { emails: [], clusters: Array.from({ length: Math.round(count * 0.3) }, (_, i) => cluster(`m${i * 3}`, [`m${i * 3 + 1}`, `m${i * 3 + 2}`])), exactRemoved: Math.round(count * 0.6), nearRemoved: 0 },
    });
    const [small, large] = [corpus(1_250), corpus(20_000)];
    expect(qualityReport(large.emails, large.duplicates).byGroup.map((row) => row.duplicatesRemoved), 'the 12,000 removed messages, spread over the five groups').toEqual([2400, 2400, 2400, 2400, 2400]);
    const [tSmall, tLarge] = [msPerCall(() => qualityReport(small.emails, small.duplicates)), msPerCall(() => qualityReport(large.emails, large.duplicates))];
    expect(tLarge / tSmall, `20,000 messages took ${tLarge.toFixed(1)} ms, 1,250 took ${tSmall.toFixed(1)} ms: searching the clusters for every message would be about 256 times`).toBeLessThan(80);
  });
});

describe('auditDateHeaders', () => {
  const period = CORPUS_PERIOD;

  it('counts missing and unreadable Date headers, and checks nothing else on them', () => {
    const audit = auditDateHeaders([email('a', 'spam-1'), email('b', 'spam-1', withDate('sometime next week', '2002-09-02T10:00:00.000Z'))], period);
    expect(audit, 'one without a Date header, one that no shape of date fits').toEqual({ missing: 1, unparseable: 1, repaired: {}, outsidePeriod: 0, offByMoreThanADay: 0 });
  });

  it('counts each kind of repair, in name order', () => {
    const audit = auditDateHeaders(
      [
        email('a', 'spam-1', withDate('Thu, 22 Aug 0102 12:07:35 +0800')),
        email('b', 'spam-1', withDate('27 Jun 02 3:36:25 PM')),
        email('c', 'spam-1', withDate('Sat, 8 Jun 2002 1:5:13 +-0500')),
        email('d', 'spam-1', withDate('Fri, 30 Aug 02 21:48:08 Eastern Daylight Time')),
      ],
      period,
    );
    expect(audit.repaired, 'a message with two repairs counts for both').toEqual({ 'malformed zone': 1, 'missing zone': 1, 'two-digit year': 2, 'unknown zone': 1, 'year counted from 1900': 1 });
    expect(Object.keys(audit.repaired), 'kinds in name order, so the report is the same on every run').toEqual(['malformed zone', 'missing zone', 'two-digit year', 'unknown zone', 'year counted from 1900']);
  });

  it('counts dates outside the period: its first moment is in, its end is out', () => {
    const at = (date: string) => auditDateHeaders([email('a', 'spam-1', withDate(date))], { from: '2002-01-01', to: '2002-07-01' }).outsidePeriod;
    expect(at('Tue, 1 Jan 2002 00:00:00 +0000'), 'the first second of the period is inside').toBe(0);
    expect(at('Mon, 31 Dec 2001 23:59:59 +0000'), 'the second before it is outside').toBe(1);
    expect(at('Sun, 30 Jun 2002 23:59:59 +0000'), 'the last second is inside').toBe(0);
    expect(at('Mon, 1 Jul 2002 00:00:00 +0000'), '`to` itself is outside').toBe(1);
  });

  it('counts Date headers more than a day away from the received date, either way', () => {
    const sent = 'Mon, 2 Sep 2002 10:00:00 +0000';
    const off = (received: string | null) => auditDateHeaders([email('a', 'spam-1', withDate(sent, received))], period).offByMoreThanADay;
    expect(off('2002-09-03T10:00:00.000Z'), 'received exactly one day later: not more than a day').toBe(0);
    expect(off('2002-09-03T10:00:01.000Z'), 'one day and one second later').toBe(1);
    expect(off('2002-09-01T09:59:59.000Z'), 'received a day and a second BEFORE it was sent (a forged or wrong clock)').toBe(1);
    expect(off(null), 'no received date: nothing to compare with').toBe(0);
  });
});

describe('on the real sample', () => {
  it(`reports on the ${sample.length} real messages, parsed and cleaned as the pipeline does`, async () => {
    const parsed = await Promise.all(sample.map(({ id, group, label, raw }) => parseEmail({ id, group, label, raw })));
    const { emails } = cleanEmails(parsed);
    const duplicates = dedupe(emails);
    const report = qualityReport(emails, duplicates);
    const groups = [...new Set(sample.map((message) => message.group))].sort();
    expect(report.byGroup.map((row) => row.name), 'every corpus group of the sample, in name order').toEqual(groups);
    for (const row of report.byGroup) {
      const members = sample.filter((message) => message.group === row.name);
      expect(row.messages, `${row.name}: its messages`).toBe(members.length);
      const withoutDate = members.filter((message) => (parseHeaders(message.raw)['date'] ?? []).length === 0).map((message) => message.id);
      expect(row.dateHeader.missing, `${row.name}: messages without a Date header (${withoutDate.join(', ') || 'none'})`).toBe(withoutDate.length);
    }
    // The same messages, counted by label instead of group: every count must add up alike.
    const total = (rows: typeof report.byGroup, count: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + count(row), 0);
    const counts: [string, (row: (typeof report.byGroup)[number]) => number][] = [
      ['messages', (row) => row.messages],
      ['HTML-only', (row) => row.htmlOnly],
      ['Date headers missing', (row) => row.dateHeader.missing],
      ['Date headers unparseable', (row) => row.dateHeader.unparseable],
      ['Date headers outside the period', (row) => row.dateHeader.outsidePeriod],
      ['Date headers off by more than a day', (row) => row.dateHeader.offByMoreThanADay],
      ['date repairs', (row) => total([row], (r) => Object.values(r.dateHeader.repaired).reduce((a, b) => a + b, 0))],
      ['duplicates removed', (row) => row.duplicatesRemoved],
    ];
    for (const [what, count] of counts) expect(total(report.byLabel, count), `${what}: by label as by group`).toBe(total(report.byGroup, count));
    expect(total(report.byGroup, (row) => row.duplicatesRemoved), 'every message deduplication removed').toBe(duplicates.clusters.reduce((sum, c) => sum + c.removed.length, 0));
  }, 30_000);
});
