/**
 * Numbers for the data-engineering lessons on quality, duplicates, the time split and the
 * pipeline's manifest, all read from what the pipeline wrote.
 */
import manifestJson from '@site/generated/manifest.json';
import metricsJson from '@site/generated/metrics.json';
import qualityJson from '@site/generated/quality.json';
import { recordOf, SPLIT_PARTS } from '@project/artefacts';
import { MODEL_NAMES, type ModelName, type SelectionMethod } from '@project/compare-models';
import { CORPUS_PERIOD } from '@project/dates';
import { NEAR_DUPLICATES } from '@project/near-duplicates';
import { SPLIT_NAMES } from '@project/prepare-data';
import { DEFAULT_FRACTIONS } from '@project/time-split';
import type { StageCount } from '@project/types';

const { stages } = manifestJson;

function stage(name: string): StageCount {
  const found = stages.find((entry) => entry.stage === name);
  if (!found) throw new Error(`manifest.json has no stage "${name}"`);
  return found;
}

const note = (entry: StageCount, name: string) => entry.notes?.[name] ?? 0;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const clean = stage('clean');
const dedupe = stage('dedupe');
const quality = qualityJson.quality;
const byLabel = (label: 'ham' | 'spam') => {
  const found = quality.byLabel.find((entry) => entry.name === label);
  if (!found) throw new Error(`quality.json has no label "${label}"`);
  return found;
};
const ham = byLabel('ham');
const spam = byLabel('spam');

/** Kinds of Date-header repair, most frequent first, with counts for ham and spam. */
const repairKinds = [...new Set([...Object.keys(ham.dateHeader.repaired), ...Object.keys(spam.dateHeader.repaired)])];
const repaired = (entry: typeof ham, kind: string) => entry.dateHeader.repaired[kind] ?? 0;

export const dataQuality = {
  messages: quality.messages,
  ham: ham.messages,
  spam: spam.messages,
  emptyBody: { ham: ham.emptyBody, spam: spam.emptyBody, total: note(clean, 'empty body') },
  whitespaceNormalised: note(clean, 'whitespace normalised'),
  /** Messages whose arrival date had to come from the sender's Date header (no usable Received). */
  dateFromDateHeader: note(clean, 'date: read from Date header'),
  /** Received dates needing any repair, all messages. */
  receivedRepaired: ham.receivedDate.repaired + spam.receivedDate.repaired,
  dateRepairs: repairKinds
    .map((kind) => ({ kind, ham: repaired(ham, kind), spam: repaired(spam, kind), total: repaired(ham, kind) + repaired(spam, kind) }))
    .sort((a, b) => b.total - a.total || (a.kind < b.kind ? -1 : 1)),
  /** Messages whose Date header needed at least one repair is not in the report; these are repairs. */
  dateRepairsTotal: { ham: sum(Object.values(ham.dateHeader.repaired)), spam: sum(Object.values(spam.dateHeader.repaired)) },
  dateOutsidePeriod: { ham: ham.dateHeader.outsidePeriod, spam: spam.dateHeader.outsidePeriod },
  dateOffByMoreThanADay: { ham: ham.dateHeader.offByMoreThanADay, spam: spam.dateHeader.offByMoreThanADay },
  htmlOnlyShare: { ham: ham.htmlOnlyShare, spam: spam.htmlOnlyShare },
};

/** The window of plausible dates (ISO 8601, `from` inclusive, `to` exclusive). */
export const corpusPeriod = CORPUS_PERIOD;

/** The near-duplicate search's settings, as the pipeline runs it. */
export const nearDuplicateSettings = {
  ...NEAR_DUPLICATES,
  hashes: NEAR_DUPLICATES.bands * NEAR_DUPLICATES.rows,
  /** Chance that two bodies of Jaccard similarity `s` share at least one band: 1 − (1 − s^rows)^bands. */
  candidateChance: (similarity: number) => 1 - (1 - similarity ** NEAR_DUPLICATES.rows) ** NEAR_DUPLICATES.bands,
};

export const duplicates = {
  in: dedupe.in,
  out: dedupe.out,
  removed: dedupe.in - dedupe.out,
  /** Pairs a naive comparison would check: n(n-1)/2. */
  pairs: (dedupe.in * (dedupe.in - 1)) / 2,
  exact: note(dedupe, 'exact duplicate'),
  near: note(dedupe, 'near duplicate'),
  clusters: quality.duplicates.clusters,
  mixedLabelClusters: quality.duplicates.mixedLabelClusters,
  removedShare: (dedupe.in - dedupe.out) / dedupe.in,
  byLabel: { ham: ham.duplicatesRemoved, spam: spam.duplicatesRemoved },
  byLabelShare: { ham: ham.duplicatesRemoved / ham.messages, spam: spam.duplicatesRemoved / spam.messages },
  byGroup: quality.byGroup.map((group) => ({ group: group.name, messages: group.messages, removed: group.duplicatesRemoved, share: group.duplicatesRemoved / group.messages })),
};

const day = (iso: string) => iso.slice(0, 10);

/** When each corpus group's messages arrived, by their Received headers (before deduplication). */
export const groupDates = qualityJson.dateOverlap.map((group) => ({
  group: group.group,
  label: group.label,
  messages: group.messages,
  undated: group.undated,
  first: group.received ? day(group.received.min) : null,
  median: group.received ? day(group.received.median) : null,
  /** Three quarters of the group had arrived by this day. */
  p75: group.received ? day(group.received.p75) : null,
  last: group.received ? day(group.received.max) : null,
}));

const medianOf = (name: string) => {
  const found = groupDates.find((group) => group.group === name);
  if (!found?.median) throw new Error(`quality.json has no dates for group "${name}"`);
  return found.median;
};
const p75Of = (name: string) => {
  const found = groupDates.find((group) => group.group === name);
  if (!found?.p75) throw new Error(`quality.json has no dates for group "${name}"`);
  return found.p75;
};
/** By when three quarters of each spam group had arrived, as YYYY-MM-DD. */
export const spamThirdQuartile = { spam1: p75Of('spam-1'), spam2: p75Of('spam-2') };

/** The -2 groups are older than the -1 groups: medians, as YYYY-MM-DD. */
export const batchMedians = {
  spam1: medianOf('spam-1'),
  spam2: medianOf('spam-2'),
  easyHam1: medianOf('easy-ham-1'),
  easyHam2: medianOf('easy-ham-2'),
};

/** The time split's shares: of all dated messages for test, of the rest for validation. */
export const splitFractions = DEFAULT_FRACTIONS;

/** Each way of choosing thresholds and models, in words: the one place the lessons describe them. */
const SELECTION_IN_WORDS: Record<SelectionMethod, (folds: number) => string> = {
  'forward-chaining': (folds) =>
    `forward chaining: the training period, in time order, is cut into ${folds} blocks, and each block after the first is scored by models fitted on the blocks before it, so no score ever comes from a model that saw later mail`,
  'stratified-k-fold': (folds) =>
    `stratified ${folds}-fold cross-validation: the training period is cut into ${folds} folds with the same spam share, and each fold is scored by models fitted on the other ${folds - 1}`,
};

/** How the time split chose its thresholds and model, as the pipeline reports it (metrics.json). */
export const modelSelection = (() => {
  const { method, folds, trainingPeriod, heldOut } = metricsJson.selection.time;
  return { method, folds, trainingPeriod, heldOut, inWords: SELECTION_IN_WORDS[method](folds) };
})();

/** The time split, corpus group by corpus group (messages kept by deduplication). */
export const timeSplitGroups = qualityJson.dateOverlap.map((group) => ({ group: group.group, label: group.label, ...group.timeSplit }));

/** The group that fills most of the time split's test period, and how much of it. */
export const testPeriodMainGroup = (() => {
  const largest = timeSplitGroups.reduce((best, group) => (group.test > best.test ? group : best));
  const test = timeSplitGroups.reduce((sum, group) => sum + group.test, 0);
  return { group: largest.group, messages: largest.test, of: test, share: largest.test / test };
})();

const splitNames = SPLIT_NAMES;
const modelNames = MODEL_NAMES;

/** Sizes and spam shares of train / validation / test in each split. */
export const splitSizes = recordOf(splitNames, (name) =>
  recordOf(SPLIT_PARTS, (part) => {
    const { messages, spam } = metricsJson.splits[name][part];
    return { messages, spam, spamShare: spam / messages };
  }),
);

export const leakage = recordOf(splitNames, (name) => {
  const { ok, testNotAfterTraining, straddlingClusters } = metricsJson.leakage[name];
  return { ok, testNotAfterTraining, straddlingClusters, testMessages: metricsJson.splits[name].test.messages };
});

/** Test-set results of every model on every split. */
export const splitResults = recordOf(splitNames, (name) =>
  recordOf(modelNames, (model) => {
    const { rocAuc, recall, falsePositiveRate } = metricsJson.models[name][model].test;
    return { rocAuc, recall, falsePositiveRate };
  }),
);

export const modelLabels: Record<ModelName, string> = { rules: 'Rules', 'naive-bayes': 'Naive Bayes', 'logistic-regression': 'Logistic regression' };
export { modelNames, splitNames };

/** The manifest: one row per stage, as the pipeline wrote it. */
export const manifest = {
  stages: stages.map((entry) => ({ stage: entry.stage, in: entry.in, out: entry.out, notes: entry.notes ?? {} })),
  inputsHash: manifestJson.inputsHash,
  manifestHash: manifestJson.manifestHash,
  corpus: `${manifestJson.corpus.package}@${manifestJson.corpus.version}`,
  modelVersion: metricsJson.chosenModel.modelVersion,
  prepareSeconds: (manifestJson.timings.find((timing) => timing.stage === 'prepare data')?.ms ?? 0) / 1000,
  loaded: stage('load').out,
  dedupeRemoved: dedupe.in - dedupe.out,
};

/** The largest ROC AUC gap between the time and random splits, over all models. */
export const timeRandomAucGap = Math.max(...modelNames.map((model) => Math.abs(splitResults.time[model].rocAuc - splitResults.random[model].rocAuc)));

/** Messages the time split left out because they had no trustworthy date. */
export const timeSplitLeftOut = note(stage('split: time'), 'left out');
