import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { CORPUS_PERIOD, readReceivedDate } from '@project/dates';
import { parseHeaders } from '@project/headers';
import type { Email, Label } from '@project/types';
import { checkLeakage, timeSplit } from './time-split';

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

function email(id: string, date: string | null, label: Label): Email {
  return { id, group: `${label}-1`, label, headers: {}, subject: '', from: '', date, text: id, hasHtml: false, attachments: 0, sizeBytes: 1 };
}

// 20 messages, one a day in September 2002 (m00 on the 1st … m19 on the 20th), plus one undated.
const days = Array.from({ length: 20 }, (_, i) =>
  email(`m${String(i).padStart(2, '0')}`, `2002-09-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`, i % 2 ? 'spam' : 'ham'),
);
const ids = (emails: Email[]) => emails.map((e) => e.id);
// Shuffled, as files come off a disk, with the undated message in the middle.
const shuffledCorpus = () => [days[7], days[19], days[0], email('undated', null, 'ham'), days[12], ...days.slice(1, 7), ...days.slice(8, 12), ...days.slice(13, 19)];
const split = () => timeSplit(shuffledCorpus(), { test: 0.25, validation: 0.2 });

describe('timeSplit', () => {
  it('tests on the latest quarter', () => {
    expect(ids(split().test), 'the 5 latest messages, oldest first').toEqual(['m15', 'm16', 'm17', 'm18', 'm19']);
  });

  it('validates on the end of the training period and trains on the rest', () => {
    const { train, validation } = split();
    expect(ids(validation), 'the last 20% of the 15 training messages').toEqual(['m12', 'm13', 'm14']);
    expect(ids(train), 'the 12 oldest messages, oldest first').toEqual(ids(days.slice(0, 12)));
  });

  it('leaves out the message without a date', () => {
    const { train, validation, test } = split();
    expect(ids([...train, ...validation, ...test]), 'an undated message cannot be placed in time').not.toContain('undated');
  });

  it('uses the fractions it is given', () => {
    const { train, validation, test } = timeSplit(shuffledCorpus(), { test: 0.5, validation: 0.1 });
    expect([train.length, validation.length, test.length], '20 dated messages: 10 for test, 1 of the other 10 for validation').toEqual([9, 1, 10]);
  });

  it('orders messages with the same date by id, whatever order they came in', () => {
    const noon = '2002-09-01T12:00:00.000Z';
    const sameTime = ['e', 'd', 'c', 'b', 'a'].map((id) => email(id, noon, 'ham'));
    const { train, validation, test } = timeSplit([...sameTime, days[19]], { test: 0.5, validation: 0.34 });
    expect([ids(train), ids(validation), ids(test)], 'five messages of the same second, sorted by id, then m19').toEqual([['a', 'b'], ['c'], ['d', 'e', 'm19']]);
  });

  it('leaves the array it is given as it was', () => {
    const corpus = shuffledCorpus();
    const before = ids(corpus);
    timeSplit(corpus, { test: 0.25, validation: 0.2 });
    expect(ids(corpus), 'the caller’s messages, in the caller’s order').toEqual(before);
  });

  it('passes its own leakage check', () => {
    expect(checkLeakage(split()).ok, 'a time split never tests on the past').toBe(true);
  });
});

describe('checkLeakage', () => {
  it('passes a clean split and reports nothing', () => {
    const clean = { train: days.slice(0, 15), validation: [], test: days.slice(15) };
    expect(checkLeakage(clean, [['m00', 'm01']]), 'test is newer than training; the duplicate pair sits in train only').toEqual({ ok: true, testNotAfterTraining: 0, straddlingClusters: 0, problems: [] });
  });

  it('catches test messages older than training (seeing the future), and says so', () => {
    const report = checkLeakage({ train: days.slice(5), validation: [], test: days.slice(0, 5) });
    expect(report.ok, 'a split that tests on the past is leaky').toBe(false);
    expect(report.testNotAfterTraining, 'all 5 test messages are older than the newest training message').toBe(5);
    expect(report.problems, 'one problem, described in words').toHaveLength(1);
    expect(report.problems[0], 'the sentence gives the count and the newest training date').toMatch(/\b5\b.*2002-09-20T12:00:00\.000Z/);
  });

  it('finds the newest training date wherever it sits: parts need not be sorted', () => {
    const unsorted = { train: [days[9], days[2], days[0]], validation: [days[12], days[4]], test: [days[10], days[11], days[13]] };
    expect(checkLeakage(unsorted).testNotAfterTraining, 'm12 (12 September) is the newest; m10 and m11 are older than it').toBe(2);
  });

  it('ignores undated training messages when it looks for the newest training date', () => {
    const split = { train: [days[0], email('no-date', null, 'spam'), days[1]], validation: [], test: days.slice(2, 5) };
    expect(checkLeakage(split), 'an undated training message says nothing about when training ends').toMatchObject({ ok: true, testNotAfterTraining: 0 });
  });

  it('does not count a test message of the same second as the newest training message', () => {
    const sameSecond = email('twin', days[9].date, 'spam');
    expect(checkLeakage({ train: days.slice(0, 10), validation: [], test: [sameSecond, ...days.slice(10)] }).testNotAfterTraining, 'the same second is not the future').toBe(0);
  });

  it('counts the validation set as training, and undated test messages as leaks', () => {
    const split = { train: days.slice(0, 10), validation: days.slice(15), test: [...days.slice(10, 15), email('undated', null, 'spam')] };
    expect(checkLeakage(split).testNotAfterTraining, 'validation goes up to the 20th, so all 6 test messages are suspect').toBe(6);
  });

  it('catches a duplicate cluster split across parts (seeing the answer), once per cluster', () => {
    const split = { train: days.slice(0, 10), validation: days.slice(10, 15), test: days.slice(15) };
    const report = checkLeakage(split, [['m02', 'm17'], ['m03', 'm04'], ['m16', 'm18', 'gone'], ['m05', 'm11', 'm19']]);
    expect(report.straddlingClusters, 'm02/m17 (train, test) and m05/m11/m19 (all three parts) straddle; ids not in the split are ignored').toBe(2);
    expect(report.ok, 'one straddling cluster is enough to fail').toBe(false);
    expect(report.testNotAfterTraining, 'the dates are fine').toBe(0);
    expect(report.problems, 'one problem, for the clusters').toHaveLength(1);
    expect(report.problems[0], 'the sentence gives the count and an example cluster').toMatch(/\b2\b.*m02, m17/);
  });

  it('reports both kinds of leak together', () => {
    const report = checkLeakage({ train: days.slice(5), validation: [], test: days.slice(0, 5) }, [['m00', 'm10']]);
    expect([report.testNotAfterTraining, report.straddlingClusters, report.problems.length], '5 old test messages and 1 straddling cluster: two problems').toEqual([5, 1, 2]);
  });

  it('grows linearly: 16 times the messages and clusters take less than 80 times as long', () => {
    const splitOf = (count: number) => {
      const many = Array.from({ length: count }, (_, i) => email(`n${i}`, new Date(Date.UTC(2002, 0, 1) + i * 60_000).toISOString(), i % 3 ? 'ham' : 'spam'));
      const [trainEnd, validationEnd] = [Math.round(count * 0.7), Math.round(count * 0.8)];
      // Pairs that each sit inside one part, and one that straddles train and validation.
      const clusters = [...Array.from({ length: count / 2 }, (_, i) => [`n${i * 2}`, `n${i * 2 + 1}`]), [`n${trainEnd - 1}`, `n${trainEnd}`]];
      return { split: { train: many.slice(0, trainEnd), validation: many.slice(trainEnd, validationEnd), test: many.slice(validationEnd) }, clusters };
    };
    const [small, large] = [splitOf(1_250), splitOf(20_000)];
    expect(checkLeakage(large.split, large.clusters).straddlingClusters, 'of 10,001 clusters, only n13999 (train) / n14000 (validation) straddles').toBe(1);
    const [tSmall, tLarge] = [msPerCall(() => checkLeakage(small.split, small.clusters)), msPerCall(() => checkLeakage(large.split, large.clusters))];
    expect(tLarge / tSmall, `20,000 messages took ${tLarge.toFixed(1)} ms, 1,250 took ${tSmall.toFixed(1)} ms: searching the parts for every id would be about 256 times`).toBeLessThan(80);
  });
});

describe('on the real sample', () => {
  // The sample's messages, dated by their Received headers as the pipeline dates them.
  const dated = () =>
    sample.map((message) => ({ ...email(message.id, readReceivedDate(parseHeaders(message.raw), CORPUS_PERIOD).iso, message.label), group: message.group }));

  it(`splits the ${sample.length} real messages into three blocks of time`, () => {
    const emails = dated();
    const { train, validation, test } = timeSplit(emails, { test: 0.3, validation: 0.15 });
    const undated = emails.filter((e) => e.date === null).length;
    expect(train.length + validation.length + test.length, `every dated message is in one part (${undated} undated)`).toBe(emails.length - undated);
    const newest = (part: Email[]) => part.reduce((max, e) => (e.date! > max.date! ? e : max));
    const oldest = (part: Email[]) => part.reduce((min, e) => (e.date! < min.date! ? e : min));
    const [lastTrain, firstValidation] = [newest(train), oldest(validation)];
    const [lastValidation, firstTest] = [newest(validation), oldest(test)];
    expect(lastTrain.date! <= firstValidation.date!, `train ends (${lastTrain.id}, ${lastTrain.date}) before validation starts (${firstValidation.id}, ${firstValidation.date})`).toBe(true);
    expect(lastValidation.date! <= firstTest.date!, `validation ends (${lastValidation.id}, ${lastValidation.date}) before test starts (${firstTest.id}, ${firstTest.date})`).toBe(true);
    expect(checkLeakage({ train, validation, test }).ok, 'and the leakage check agrees').toBe(true);
  });

  it('finds the leak when the same real messages are split at random', () => {
    const emails = dated().filter((e) => e.date !== null);
    // Every third message to test: a random-looking split that mixes the months.
    const leaky = { train: emails.filter((_, i) => i % 3 !== 0), validation: [], test: emails.filter((_, i) => i % 3 === 0) };
    const newestTraining = leaky.train.reduce((max, e) => (e.date! > max ? e.date! : max), '');
    const expected = leaky.test.filter((e) => e.date! < newestTraining).length;
    expect(checkLeakage(leaky).testNotAfterTraining, `test messages older than the newest training message (${newestTraining})`).toBe(expected);
  });
});
