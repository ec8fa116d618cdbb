/**
 * Numbers the DevOps chapter prints: the pipeline's drift figures between the corpus's release
 * batches, its latency and memory measurements, and the limits the service enforces. Nothing
 * here is typed by hand.
 */
import drift from '@site/generated/public/data/drift.json';
import metrics from '@site/generated/metrics.json';
import performance from '@site/generated/performance.json';
import { requirements } from '@project/requirements';
import { retrainingDecision } from '@project/retraining';

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const windowRates = ({ ham, falsePositives, spam, missed }: typeof drift.labelled.current) => ({
  falsePositiveRate: rate(falsePositives, ham),
  recall: 1 - rate(missed, spam),
});

const shipped = metrics.chosenModel.kind;
const latency = performance.latency[shipped];
const memory = performance.memory[shipped];

export const service = {
  maxMessageBytes: requirements.maxMessageBytes,
  serviceLatencyP99Ms: requirements.serviceLatencyP99Ms,
  latencyP99Ms: requirements.latencyP99Ms,
  modelMemoryBytes: requirements.modelMemoryBytes,
};

/** What the pipeline measured for the shipped model: in process, on the time split's test messages. */
export const measured = {
  kind: shipped,
  measuredOn: performance.measuredOn,
  p50Ms: latency.p50Ms,
  p99Ms: latency.p99Ms,
  messages: latency.samples,
  fileBytes: memory.fileBytes,
  retainedBytes: memory.retainedBytes,
  vocabulary: memory.vocabulary,
};

export const driftFigures = {
  firstBatch: drift.batches.first,
  secondBatch: drift.batches.second,
  model: drift.model,
  reference: { ...drift.reference, spamShare: rate(drift.reference.spam, drift.reference.messages), ...windowRates(drift.labelled.reference) },
  current: { ...drift.current, spamShare: rate(drift.current.spam, drift.current.messages), ...windowRates(drift.labelled.current) },
  labelled: drift.labelled,
  flaggedShare: drift.flaggedShare,
  scorePsi: drift.scores.psi,
  scorePsiHam: drift.scores.psiHam,
  scorePsiSpam: drift.scores.psiSpam,
  bins: drift.scores.bins,
  tokenPsi: drift.tokens.psi,
  watchedTokens: drift.tokens.watched,
  movers: drift.tokens.movers.slice(0, 6),
  rule: drift.rule,
  recallFloor: drift.rule.launchRecall - drift.rule.maxRecallDrop,
  decision: drift.decision,
  shippedCorpusPsi: drift.shipped.corpus,
  shippedSamplePsi: drift.shipped.sample,
};

/** The batch split's figures for the shipped kind of model: trained on the first batch, tested on the second. */
export const batchSplit = {
  testRecall: metrics.models.batch[shipped].test.recall,
  testFalsePositiveRate: metrics.models.batch[shipped].test.falsePositiveRate,
  timeTestRecall: metrics.models.time[shipped].test.recall,
};

const reference = windowRates(drift.labelled.reference);
const current = windowRates(drift.labelled.current);
const movers = drift.tokens.movers.slice(0, 6);

/**
 * What the drift lesson's prose says about the figures, computed, so a rerun of the pipeline
 * that changes the story fails the build instead of leaving a sentence that is no longer true.
 */
export const driftStory = {
  /** Legitimate mail barely moved; spam and the mix did. */
  mixExplainsMost: drift.scores.psiHam < drift.rule.watchPsi && drift.scores.psiHam < drift.scores.psiSpam && drift.scores.psiSpam < drift.scores.psi,
  moreSpam: drift.current.spam / drift.current.messages > drift.reference.spam / drift.reference.messages,
  withinFalsePositiveLimit: reference.falsePositiveRate <= drift.rule.maxFalsePositiveRate && current.falsePositiveRate <= drift.rule.maxFalsePositiveRate,
  recallAboveFloor: current.recall >= drift.rule.launchRecall - drift.rule.maxRecallDrop,
  recallFell: current.recall < drift.rule.launchRecall,
  /** Movers that are tokens of legitimate mail (negative weight) and became rarer. */
  fadingHamMovers: movers.filter((mover) => mover.weight < 0 && mover.current < mover.reference).length,
  /** The rule's decision had it looked at the score PSI among legitimate mail only. */
  hamOnlyDecision: retrainingDecision({ ...drift.window, scorePsi: drift.scores.psiHam }, drift.rule),
};
for (const [claim, holds] of Object.entries(driftStory)) {
  if (holds === false) throw new Error(`The drift lesson says "${claim}", and the pipeline's drift.json no longer supports it: rewrite the lesson.`);
}
