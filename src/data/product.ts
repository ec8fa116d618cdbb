/**
 * The numbers the Product chapter quotes, derived from the pipeline's artefacts. Lessons import
 * from here and print with `./format`; nothing about the corpus is typed by hand.
 */
import metrics from '@site/generated/metrics.json';
import performance from '@site/generated/performance.json';
import { checkRequirements, requirements, type Violation } from '@project/requirements';
import { RULES } from '@project/rules';
import { MODEL_NAMES, type ModelName } from '@project/compare-models';
import { costPer10k, type Confusion, type ErrorCosts } from '@project/costs';
import { designDoc as renderDesignDoc } from '@project/design-doc';
import { MODEL_LABELS } from '@project/model-labels';
import { count, percent } from './format';

export { MODEL_LABELS };

const time = metrics.models.time;

/**
 * The cost assumption the lesson works with: a lost legitimate email weighs as much as 50 spam
 * in the inbox. A judgement about users, not a corpus number; the lesson says so.
 */
export const COSTS: ErrorCosts = { falsePositive: 50, falseNegative: 1 };

export interface OperatingPointRow {
  model: ModelName;
  label: string;
  threshold: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
  confusion: Confusion;
  /** Cost of the mistakes per 10,000 test emails at `COSTS`. */
  costPer10k: number;
  /** Within the false-positive requirement? */
  meetsFpr: boolean;
}

/** Each model at the threshold it chose on the training period, measured once on the time split's test period. */
export const operatingPoints: OperatingPointRow[] = MODEL_NAMES.map((model) => {
  const test = time[model].test;
  return {
    model,
    label: MODEL_LABELS[model],
    threshold: test.threshold,
    precision: test.precision,
    recall: test.recall,
    falsePositiveRate: test.falsePositiveRate,
    confusion: test.confusion,
    costPer10k: costPer10k(test.confusion, COSTS),
    meetsFpr: test.falsePositiveRate <= requirements.maxFalsePositiveRate,
  };
});

const pointOf = (model: ModelName) => operatingPoints.find((p) => p.model === model)!;

const rulesTest = time.rules.test;
const rulesHeldOut = time.rules.heldOut;
const hardHamTest = rulesTest.byGroup.find((g) => g.group === 'hard-ham-1')!;
const chosen = metrics.chosenModel.kind;
const chosenTest = time[chosen].test;

export const facts = {
  maxFalsePositiveRate: requirements.maxFalsePositiveRate,
  /** "1 in N" legitimate emails the requirement allows to be lost. */
  oneIn: Math.round(1 / requirements.maxFalsePositiveRate),
  latencyP99Ms: requirements.latencyP99Ms,
  serviceLatencyP99Ms: requirements.serviceLatencyP99Ms,
  modelMemoryMB: requirements.modelMemoryBytes / (1024 * 1024),
  maxMessageKB: requirements.maxMessageBytes / 1024,
  reasonsPerDecision: requirements.reasonsPerDecision,

  testMessages: metrics.splits.time.test.messages,
  testSpam: metrics.splits.time.test.spam,
  testHam: metrics.splits.time.test.messages - metrics.splits.time.test.spam,
  trainingMessages: metrics.selection.time.trainingPeriod.messages,
  trainingSpamShare: metrics.selection.time.trainingPeriod.spam / metrics.selection.time.trainingPeriod.messages,
  testSpamShare: metrics.splits.time.test.spam / metrics.splits.time.test.messages,
  folds: metrics.selection.time.folds,

  rules: {
    count: RULES.length,
    threshold: rulesTest.threshold,
    precision: rulesTest.precision,
    recall: rulesTest.recall,
    falsePositiveRate: rulesTest.falsePositiveRate,
    caught: rulesTest.confusion.truePositives,
    missed: rulesTest.confusion.falseNegatives,
    falsePositives: rulesTest.confusion.falsePositives,
    rocAuc: rulesTest.rocAuc,
    /** What the rules could have caught on test at the best threshold under the limit (hindsight). */
    bestRecallUnderLimit: rulesTest.recallAtMaxFpr.recall,
    bestThresholdUnderLimit: rulesTest.recallAtMaxFpr.threshold,
    heldOutRecall: rulesHeldOut.recall,
    heldOutFalsePositiveRate: rulesHeldOut.falsePositiveRate,
    hardHamMessages: hardHamTest.messages,
    hardHamErrors: hardHamTest.errors,
    /** True when every legitimate email the rules flagged on test is from the hard-ham group. */
    allFalsePositivesHardHam: hardHamTest.errors === rulesTest.confusion.falsePositives,
    /** Subjects of the legitimate emails the rules sent to spam on the test period. */
    falsePositiveSubjects: rulesTest.worstFalsePositives.map((m) => m.subject),
    latencyP99Ms: performance.latency.rules.p99Ms,
  },

  chosen: {
    model: chosen,
    label: MODEL_LABELS[chosen],
    heldOutRecall: time[chosen].heldOut.recall,
    heldOutFalsePositiveRate: time[chosen].heldOut.falsePositiveRate,
    testRecall: chosenTest.recall,
    testFalsePositiveRate: chosenTest.falsePositiveRate,
    testFalsePositives: chosenTest.confusion.falsePositives,
  },
};

/** The chosen model's measurements, checked against the requirements with the chapter's own `checkRequirements`. */
export const chosenMeasured = {
  falsePositiveRate: chosenTest.falsePositiveRate,
  latencyP99Ms: performance.latency[chosen].p99Ms,
  modelMemoryBytes: performance.memory[chosen].retainedBytes,
};
export const chosenViolations: Violation[] = checkRequirements(chosenMeasured);

/** A violation in words a reader can take in: the limit and the measurement, with units. */
export function describeViolation(v: Violation): { limit: string; measured: string } {
  switch (v.requirement) {
    case 'maxFalsePositiveRate':
      return { limit: percent(v.limit, 1), measured: percent(v.measured) };
    case 'modelMemoryBytes':
      return { limit: `${(v.limit / (1024 * 1024)).toFixed(0)} MB`, measured: `${(v.measured / (1024 * 1024)).toFixed(1)} MB` };
    default:
      return { limit: `${v.limit} ms`, measured: `${v.measured.toFixed(2)} ms` };
  }
}

/** The cheapest of the three at `COSTS`, and the cheapest among those that meet the false-positive limit. */
export const cheapestOverall = [...operatingPoints].sort((a, b) => a.costPer10k - b.costPer10k)[0];
export const cheapestWithinLimit = [...operatingPoints].filter((p) => p.meetsFpr).sort((a, b) => a.costPer10k - b.costPer10k)[0];
export const rulesPoint = pointOf('rules');

/** The chapter's design doc, rendered from the project's own numbers by the exercise's `designDoc`. */
export const designDoc = renderDesignDoc({
  title: 'Spam filter for a small email provider',
  problem:
    'Users report more spam in their inboxes, and some say legitimate mail has gone missing. Before any model: ' +
    'check whether the report pipeline still delivers reports, whether the model is being retrained, and whether a product change altered who our users are.',
  metric: {
    name: `Recall at a ${percent(requirements.maxFalsePositiveRate, 1)} false-positive rate`,
    definition: `the share of spam moved out of the inbox while at most 1 legitimate email in ${Math.round(1 / requirements.maxFalsePositiveRate)} goes to the spam folder.`,
  },
  requirements: [
    { name: 'false-positive rate', limit: `at most ${percent(requirements.maxFalsePositiveRate, 1)}` },
    { name: 'classify one message, p99, in process', limit: `at most ${requirements.latencyP99Ms} ms` },
    { name: 'HTTP round trip, p99', limit: `at most ${requirements.serviceLatencyP99Ms} ms` },
    { name: 'model memory', limit: `at most ${requirements.modelMemoryBytes / (1024 * 1024)} MB` },
    { name: 'largest message accepted', limit: `${requirements.maxMessageBytes / 1024} KB` },
    { name: 'reasons per decision', limit: `${requirements.reasonsPerDecision}` },
  ],
  baseline: {
    name: 'Rules baseline (time split, test period)',
    messages: rulesTest.messages,
    precision: rulesTest.precision,
    recall: rulesTest.recall,
    falsePositiveRate: rulesTest.falsePositiveRate,
  },
  risks: [
    'Spam changes faster than rules: the test period already looks different from the training period.',
    `The false-positive limit is measured on only ${count(metrics.splits.time.test.messages - metrics.splits.time.test.spam)} legitimate test emails: one more mistake moves it by ${percent(1 / (metrics.splits.time.test.messages - metrics.splits.time.test.spam))}.`,
    'Newsletters and commercial mail users asked for (the hard-ham group) look like spam to rules and models alike.',
    'The corpus is from 2002; today\'s mail would need fresh data before launch.',
  ],
});

/** The cheapest of the three filters at other prices of a lost email, to show the ranking depends on the assumption. */
export function cheapestAt(costs: ErrorCosts): OperatingPointRow {
  return [...operatingPoints].sort((a, b) => costPer10k(a.confusion, costs) - costPer10k(b.confusion, costs))[0];
}
export const LOW_COSTS: ErrorCosts = { falsePositive: 5, falseNegative: 1 };
export const cheapestAtLowCosts = cheapestAt(LOW_COSTS);
