/**
 * Numbers for the data-analysis lessons, read from `analysis.json` (written by
 * `project/node/analysis-figures.ts` with the same modules the learner writes). The corpus
 * figures and the sample figures sit side by side; the experiment figures are simulated.
 */
import analysisJson from '@site/generated/analysis.json';

const { describe, tokens, experiment } = analysisJson;

type Described = typeof describe.corpus;
type Field = (typeof describe.fields)[number];

function group(described: Described, name: string) {
  const found = described.byGroup.find((entry) => entry.group === name);
  if (!found) throw new Error(`analysis.json has no group "${name}"`);
  return found;
}

/** One row per group and source: the corpus and the sample, for a field. */
export function fieldRows(field: Field) {
  return describe.corpus.byGroup.map((corpusGroup) => {
    const sampleGroup = group(describe.sample, corpusGroup.group);
    return { group: corpusGroup.group, corpus: corpusGroup.summaries[field], corpusMessages: corpusGroup.messages, sample: sampleGroup.summaries[field], sampleMessages: sampleGroup.messages };
  });
}

/** Shares with Wilson intervals per group, corpus beside sample. */
export function shareRows(share: 'html' | 'withLinks') {
  return describe.corpus.byGroup.map((corpusGroup) => ({ group: corpusGroup.group, corpus: corpusGroup[share], sample: group(describe.sample, corpusGroup.group)[share] }));
}

const widest = (described: Described) => Math.max(...described.byGroup.map((entry) => entry.html.high - entry.html.low));

/** The widest 95% interval of a group's HTML share: in the sample and in the corpus. */
export const htmlIntervalWidth = { sample: widest(describe.sample), corpus: widest(describe.corpus) };

export const corpus = {
  messages: describe.corpus.messages,
  sampleMessages: describe.sample.messages,
  hardHam: group(describe.corpus, 'hard-ham-1'),
  easyHam1: group(describe.corpus, 'easy-ham-1'),
  spam2: group(describe.corpus, 'spam-2'),
  sampleHardHam: group(describe.sample, 'hard-ham-1'),
};

export const tokenFigures = {
  period: tokens.period,
  alpha: tokens.alpha,
  corpus: tokens.corpus,
  sample: tokens.sample,
  /** Tokens never seen in ham, as a share of all tokens of the training period. */
  onlyInSpamShare: tokens.corpus.onlyInSpam / tokens.corpus.tokens,
  onlyInSpamOnceShare: tokens.corpus.onlyInSpamOnce / tokens.corpus.onlyInSpam,
};

const { design, totals, test, sampleRatio, broken, peeking } = experiment;

export const abTest = {
  design,
  trueRates: experiment.trueRates,
  totals,
  test,
  sampleRatio,
  broken,
  users: totals.control.users + totals.treatment.users,
  brokenUsers: broken.totals.control.users + broken.totals.treatment.users,
  /** Share of all users the broken run's treatment arm holds. */
  brokenTreatmentShare: broken.totals.treatment.users / (broken.totals.control.users + broken.totals.treatment.users),
};

export const peekingFigures = {
  ...peeking,
  point: (peeks: number) => {
    const found = peeking.points.find((point) => point.peeks === peeks);
    if (!found) throw new Error(`analysis.json has no peeking result for ${peeks} looks`);
    return found;
  },
};
