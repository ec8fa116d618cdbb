import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { applyRules } from '@project/rules';
import { readSample } from '@project/sample-data';
import { confusionMatrix, f1, falsePositiveRate, precision, recall, recallAtFpr, rocAuc, rocCurve, type Scored } from './metrics';

const s = (label: Scored['label'], score: number): Scored => ({ label, score });
// Three spam, three ham, in no particular order: sorted by score they go S S H S H H.
const six = [s('ham', 0.7), s('spam', 0.6), s('ham', 0.1), s('spam', 0.9), s('ham', 0.2), s('spam', 0.8)];
const pairs = (curve: ReturnType<typeof rocCurve>) => curve.map((p) => [p.falsePositiveRate, p.truePositiveRate]);

/** The chance a random spam outscores a random ham, ties counting half: what ROC AUC must equal. */
function pairwiseAuc(scored: Scored[]): number {
  const spam = scored.filter((x) => x.label === 'spam');
  const ham = scored.filter((x) => x.label === 'ham');
  let wins = 0;
  for (const a of spam) for (const b of ham) wins += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
  return wins / (spam.length * ham.length);
}

describe('confusionMatrix', () => {
  it('counts the four kinds of decision at a threshold, in any input order', () => {
    expect(confusionMatrix(six, 0.5), 'flagged: 0.9, 0.8, 0.7 (ham), 0.6').toEqual({ truePositives: 3, falsePositives: 1, trueNegatives: 2, falseNegatives: 0 });
    expect(confusionMatrix(six, 0.85), 'flagged: 0.9 only').toEqual({ truePositives: 1, falsePositives: 0, trueNegatives: 3, falseNegatives: 2 });
  });

  it('flags a message that scores exactly the threshold', () => {
    expect(confusionMatrix(six, 0.7), 'score 0.7 is at the threshold, so the ham at 0.7 is flagged').toEqual({ truePositives: 2, falsePositives: 1, trueNegatives: 2, falseNegatives: 1 });
    expect(confusionMatrix(six, 0.6).truePositives, 'the spam at 0.6 is caught at a threshold of 0.6').toBe(3);
  });
});

describe('precision, recall and the false-positive rate', () => {
  const m = confusionMatrix(six, 0.5);

  it('are the shares a product owner asks about', () => {
    expect(precision(m), '3 of the 4 flagged were spam').toBe(0.75);
    expect(recall(m), 'all 3 spam caught').toBe(1);
    expect(falsePositiveRate(m), '1 of the 3 ham flagged').toBeCloseTo(1 / 3, 12);
    expect(f1(m), 'harmonic mean of 0.75 and 1').toBeCloseTo(6 / 7, 12);
  });

  it('never divide by zero: nothing flagged, no spam, no ham', () => {
    const nothingFlagged = confusionMatrix(six, 2);
    expect(precision(nothingFlagged), 'flagging nothing makes no wrong flag: precision 1, not NaN').toBe(1);
    expect(recall(nothingFlagged), 'and catches nothing').toBe(0);
    const hamOnly = confusionMatrix([s('ham', 0.3), s('ham', 0.8)], 0.5);
    expect(recall(hamOnly), 'no spam at all: recall 0, not NaN').toBe(0);
    expect(falsePositiveRate(hamOnly), '1 of 2 ham flagged').toBe(0.5);
    const spamOnly = confusionMatrix([s('spam', 0.3), s('spam', 0.8)], 0.5);
    expect(falsePositiveRate(spamOnly), 'no ham at all: rate 0, not NaN').toBe(0);
    expect(precision(spamOnly), 'the one flagged is spam').toBe(1);
  });
});

describe('rocCurve', () => {
  it('runs from the strictest threshold to the loosest, one point per distinct score, in any input order', () => {
    const curve = rocCurve(six);
    expect(curve.map((p) => p.threshold), 'Infinity, then every score from high to low').toEqual([Infinity, 0.9, 0.8, 0.7, 0.6, 0.2, 0.1]);
    expect(pairs(curve), 'S S H S H H').toEqual([
      [0, 0],
      [0, 1 / 3],
      [0, 2 / 3],
      [1 / 3, 2 / 3],
      [1 / 3, 1],
      [2 / 3, 1],
      [1, 1],
    ]);
  });

  it('moves tied messages together: a spam and a ham with the same score make one diagonal step', () => {
    const tied = [s('ham', 0.5), s('spam', 0.9), s('spam', 0.5), s('ham', 0.1)];
    expect(pairs(rocCurve(tied)), 'a curve that takes the ham at 0.5 first, or the spam, invents an order the scores do not have').toEqual([
      [0, 0],
      [0, 0.5],
      [0.5, 1],
      [1, 1],
    ]);
  });

  it('gives rates of 0, not NaN, when one class is missing', () => {
    expect(pairs(rocCurve([s('spam', 0.4), s('spam', 0.2)])), 'spam only').toEqual([
      [0, 0],
      [0, 0.5],
      [0, 1],
    ]);
    expect(pairs(rocCurve([s('ham', 0.4)])), 'ham only').toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});

describe('rocAuc', () => {
  it('is the area under the curve: 8 of the 9 (spam, ham) pairs are in the right order', () => {
    expect(rocAuc(rocCurve(six))).toBeCloseTo(8 / 9, 12);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, and ½ when every score is tied', () => {
    expect(rocAuc(rocCurve([s('spam', 0.9), s('ham', 0.1)])), 'spam above ham').toBe(1);
    expect(rocAuc(rocCurve([s('spam', 0.1), s('ham', 0.9)])), 'ham above spam').toBe(0);
    const allTied = [s('spam', 0.5), s('ham', 0.5), s('ham', 0.5), s('spam', 0.5)];
    expect(rocAuc(rocCurve(allTied)), 'a metric that mishandles ties gives 0, 1 or something in between, depending on the order of the input').toBe(0.5);
  });

  it('counts ties as half a pair on the rules baseline, whose scores tie a lot (sample test period)', () => {
    const { split } = readSample(sample, 'time', ['test']);
    const scored = split.test.map((email) => s(email.label, applyRules(email).score));
    const tiedPairs = scored.filter((a) => a.label === 'spam').reduce((n, a) => n + scored.filter((b) => b.label === 'ham' && b.score === a.score).length, 0);
    const expected = pairwiseAuc(scored);
    console.log(`rules on ${scored.length} test messages: ${new Set(scored.map((x) => x.score)).size} distinct scores, ${tiedPairs} tied (spam, ham) pairs, ROC AUC ${expected.toFixed(4)}`);
    expect(tiedPairs, 'the rules give many messages the same score').toBeGreaterThan(0);
    expect(rocAuc(rocCurve(scored)), `ties must count half, whatever order they arrive in: ${tiedPairs} tied pairs`).toBeCloseTo(expected, 12);
    expect(rocAuc(rocCurve([...scored].reverse())), 'the same messages in the opposite order').toBeCloseTo(expected, 12);
  });
});

describe('recallAtFpr', () => {
  it('finds the best recall within a false-positive limit, at the strictest threshold that reaches it', () => {
    expect(recallAtFpr(six, 0), 'no ham may be flagged: down to 0.8').toEqual({ threshold: 0.8, recall: 2 / 3, falsePositiveRate: 0 });
    expect(recallAtFpr(six, 0.5), 'one ham of three allowed: down to 0.6').toEqual({ threshold: 0.6, recall: 1, falsePositiveRate: 1 / 3 });
    expect(recallAtFpr(six, 1), 'every ham allowed: 0.6 already catches all spam').toEqual({ threshold: 0.6, recall: 1, falsePositiveRate: 1 / 3 });
  });

  it('allows a false-positive rate exactly at the limit', () => {
    expect(recallAtFpr(six, 1 / 3), 'the rate 1/3 at 0.6 is within a limit of 1/3').toEqual({ threshold: 0.6, recall: 1, falsePositiveRate: 1 / 3 });
  });

  it('cannot split a tie: when the ham tied with a spam breaks the limit, that spam is out of reach', () => {
    const tied = [s('spam', 0.9), s('spam', 0.7), s('ham', 0.7), s('ham', 0.2), s('ham', 0.1)];
    expect(recallAtFpr(tied, 0.2), 'flagging the spam at 0.7 flags the ham at 0.7 too (1 of 3 ham)').toEqual({ threshold: 0.9, recall: 0.5, falsePositiveRate: 0 });
  });

  it('catches nothing (threshold Infinity) when even the highest score is ham', () => {
    expect(recallAtFpr([s('ham', 0.9), s('spam', 0.5)], 0), 'the top message is ham').toEqual({ threshold: Infinity, recall: 0, falsePositiveRate: 0 });
  });
});
