import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { showPlot, showTable } from 'course:display';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { fitScorer } from '@project/compare-models';
import { logOddsOf, sigmoid } from '@project/linear-model';
import { logisticFeatures } from '@project/logistic-regression';
import { modelFromFile } from '@project/model-file';
import { naiveBayesFeatures } from '@project/naive-bayes';
import { mulberry32, shuffled } from '@project/random';
import { requirements } from '@project/requirements';
import { readSample } from '@project/sample-data';
import type { Email } from '@project/types';
import { groupErrors, learningCurve, worstMistakes, type ScoredEmail } from './evaluate';

const scored = (id: string, group: string, score: number): ScoredEmail => ({ id, group, subject: `subject of ${id}`, label: group.startsWith('spam') ? 'spam' : 'ham', score });
// Threshold 0.5. Ham h1 (0.9), h2 (0.5, exactly at the threshold) and h3 (0.7) are flagged; spam
// s1 (0.1) and s2 (0.3) are let through; s3 (0.5) is caught.
const mixed = [
  scored('h0', 'easy-ham-1', 0.2),
  scored('s1', 'spam-1', 0.1),
  scored('h1', 'hard-ham-1', 0.9),
  scored('s3', 'spam-2', 0.5),
  scored('h2', 'hard-ham-1', 0.5),
  scored('s2', 'spam-1', 0.3),
  scored('h3', 'easy-ham-1', 0.7),
  scored('s4', 'spam-1', 0.95),
];

describe('groupErrors', () => {
  it('gives every corpus group its error rate, sorted by group, whatever the input order', () => {
    expect(groupErrors(mixed, 0.5)).toEqual([
      { group: 'easy-ham-1', label: 'ham', messages: 2, errors: 1, errorRate: 0.5 },
      { group: 'hard-ham-1', label: 'ham', messages: 2, errors: 2, errorRate: 1 },
      { group: 'spam-1', label: 'spam', messages: 3, errors: 2, errorRate: 2 / 3 },
      { group: 'spam-2', label: 'spam', messages: 1, errors: 0, errorRate: 0 },
    ]);
  });

  it('counts a score equal to the threshold as flagged: a ham there is an error, a spam is not', () => {
    const atThreshold = [scored('h', 'easy-ham-1', 0.5), scored('s', 'spam-1', 0.5)];
    expect(groupErrors(atThreshold, 0.5).map((g) => g.errors), 'easy-ham-1 wrong, spam-1 right').toEqual([1, 0]);
  });

  it('has no rows without messages', () => {
    expect(groupErrors([], 0.5)).toEqual([]);
  });
});

describe('worstMistakes', () => {
  it('lists the flagged ham, most confident first, and the missed spam, most confident first', () => {
    const worst = worstMistakes(mixed, 0.5, 5);
    expect(worst.worstFalsePositives.map((w) => w.id), 'ham at 0.9, 0.7, then 0.5 (at the threshold)').toEqual(['h1', 'h3', 'h2']);
    expect(worst.worstFalseNegatives.map((w) => w.id), 'spam at 0.1, then 0.3; the spam at 0.5 was caught').toEqual(['s1', 's2']);
  });

  it('keeps at most `count` of each, and only what identifies the message', () => {
    const worst = worstMistakes(mixed, 0.5, 1);
    expect(worst).toEqual({
      worstFalsePositives: [{ id: 'h1', group: 'hard-ham-1', label: 'ham', subject: 'subject of h1', score: 0.9 }],
      worstFalseNegatives: [{ id: 's1', group: 'spam-1', label: 'spam', subject: 'subject of s1', score: 0.1 }],
    });
  });

  it('leaves its input in order', () => {
    const before = mixed.map((s) => s.id);
    worstMistakes(mixed, 0.5, 5);
    expect(mixed.map((s) => s.id)).toEqual(before);
  });
});

describe('learningCurve', () => {
  const day = (i: number): Email => ({ id: `m${String(i).padStart(2, '0')}`, group: i % 2 ? 'spam-1' : 'easy-ham-1', label: i % 2 ? 'spam' : 'ham', headers: {}, subject: '', from: '', date: null, text: '', hasHtml: false, attachments: 0, sizeBytes: 0 });
  const train = Array.from({ length: 20 }, (_, i) => day(i));
  const heldOut = Array.from({ length: 6 }, (_, i) => day(100 + i));
  const perfect = () => (email: Email) => (email.label === 'spam' ? 1 : 0);

  it('fits on growing prefixes of one seeded shuffle, and reports each size', () => {
    const fits: string[][] = [];
    const curve = learningCurve(train, heldOut, [4, 8, 20], (sampleOfTrain) => (fits.push(sampleOfTrain.map((e) => e.id)), perfect()), 0.01, 3);
    expect(curve.map((p) => p.trainSize)).toEqual([4, 8, 20]);
    expect(fits.map((ids) => ids.length), 'one fit per size').toEqual([4, 8, 20]);
    expect(fits[1].slice(0, 4), 'the 8 contain the 4: the curve moves only by the data added').toEqual(fits[0]);
    expect(fits[2].slice(0, 8)).toEqual(fits[1]);
    expect(fits[0], 'a random draw (seed 3), not the first messages, which in time order would be the oldest').toEqual(shuffled(train, mulberry32(3)).slice(0, 4).map((e) => e.id));
    expect(fits.flat().some((id) => heldOut.some((e) => e.id === id)), 'held-out messages are never trained on').toBe(false);
  });

  it('is the same for the same seed, and draws differently for another', () => {
    const firstFit = (seed: number) => {
      let ids: string[] = [];
      learningCurve(train, heldOut, [5], (s) => ((ids = s.map((e) => e.id)), perfect()), 0.01, seed);
      return ids;
    };
    expect(firstFit(7)).toEqual(firstFit(7));
    expect(firstFit(8)).not.toEqual(firstFit(7));
    let defaultIds: string[] = [];
    learningCurve(train, heldOut, [5], (s) => ((defaultIds = s.map((e) => e.id)), perfect()), 0.01);
    expect(defaultIds, 'the default seed is 7').toEqual(firstFit(7));
  });

  it('measures every model on the held-out messages: ROC AUC and recall within the limit', () => {
    expect(learningCurve(train, heldOut, [10], perfect, 0.01), 'a perfect scorer').toEqual([{ trainSize: 10, rocAuc: 1, recallAtMaxFpr: 1 }]);
    const backwards = () => (email: Email) => (email.label === 'spam' ? 0 : 1);
    expect(learningCurve(train, heldOut, [10], backwards, 0.01), 'a scorer that has it backwards').toEqual([{ trainSize: 10, rocAuc: 0, recallAtMaxFpr: 0 }]);
  });
});

describe('on the sample', () => {
  const { split, tokensOf } = readSample(sample, 'time', ['train', 'test']);

  it('lists the shipped filter’s most confident mistakes on the sample’s test period, group by group', () => {
    // The shipped model file's weights, applied to the tokens already read: the score the
    // filter gives (the pipeline checks the two agree exactly on every test message).
    const shipped = modelFromFile(model);
    const features = model.kind === 'naive-bayes' ? naiveBayesFeatures : logisticFeatures;
    const scoreOf = (email: Email) => sigmoid(logOddsOf(shipped, features(tokensOf(email), shipped.vocabulary)));
    const scores = split.test.map((email): ScoredEmail => ({ id: email.id, group: email.group, subject: email.subject, label: email.label, score: scoreOf(email) }));
    const worst = worstMistakes(scores, model.threshold, 5);
    showTable([...worst.worstFalsePositives, ...worst.worstFalseNegatives], `The shipped filter’s worst mistakes on the sample’s ${scores.length} test messages (threshold ${model.threshold})`);
    showTable(groupErrors(scores, model.threshold), 'Errors per group');
    const missed = scores.filter((s) => s.label === 'spam' && s.score < model.threshold).sort((a, b) => a.score - b.score);
    expect(worst.worstFalseNegatives.map((w) => w.id), `the ${Math.min(5, missed.length)} missed spam with the lowest scores`).toEqual(missed.slice(0, 5).map((s) => s.id));
    const rows = groupErrors(scores, model.threshold);
    for (const row of rows) {
      const inGroup = scores.filter((s) => s.group === row.group);
      expect(row.messages, `${row.group}: its test messages in the sample`).toBe(inGroup.length);
    }
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    expect(errors, 'the groups’ errors add up to every wrong decision').toBe(scores.filter((s) => (s.score >= model.threshold) !== (s.label === 'spam')).length);
  });

  it('draws your learning curves: naive Bayes improves from the smallest training sample to the largest', () => {
    const sizes = [20, 60, split.train.length];
    const curves = (['naive-bayes', 'logistic-regression'] as const).flatMap((kind) =>
      learningCurve(split.train, split.test, sizes, (train) => fitScorer(kind, train, tokensOf), requirements.maxFalsePositiveRate).map((point) => ({ model: kind, ...point })),
    );
    showPlot(
      {
        x: { label: 'training messages', grid: true },
        y: { label: 'ROC AUC on the sample’s test period', domain: [0.5, 1], grid: true },
        color: { legend: true },
        marks: [Plot.line(curves, { x: 'trainSize', y: 'rocAuc', stroke: 'model' }), Plot.dot(curves, { x: 'trainSize', y: 'rocAuc', fill: 'model' })],
      },
      'Your learning curves on the sample',
    );
    const naiveBayes = curves.filter((point) => point.model === 'naive-bayes');
    expect(naiveBayes.map((point) => point.trainSize)).toEqual(sizes);
    expect(naiveBayes.at(-1)!.rocAuc, `ROC AUC at ${sizes.at(-1)} messages against ${naiveBayes[0].rocAuc.toFixed(3)} at ${sizes[0]}`).toBeGreaterThan(naiveBayes[0].rocAuc);
  });
});
