/**
 * The numbers the Product chapter quotes, derived from the pipeline's artefacts. Lessons import
 * from here and print with `./format`; nothing about the corpus is typed by hand.
 */
import metrics from '@site/generated/metrics.json';
import performance from '@site/generated/performance.json';
import quality from '@site/generated/quality.json';
import { checkRequirements, requirements, type Violation } from '@project/requirements';
import { RULES } from '@project/rules';
import { MODEL_NAMES, type ModelName } from '@project/compare-models';
import { wilsonInterval } from '@project/confidence';
import { ASSUMED_COSTS, costPer10k, type Confusion, type ErrorCosts } from '@project/costs';
import { decideLaunch } from '@project/launch-decision';
// Lesson 1's exercise: its illustrative signals and its answer, so the lesson tells the data's story.
import { diagnose, LIMITS, type Cause } from '@site/exercises/product/01-root-causes/solution/diagnose';
import { weeks } from '@site/exercises/product/01-root-causes/problem/signals';
import { percent } from './format';
import { MODEL_LABELS } from '@project/model-labels';

export { MODEL_LABELS };

const time = metrics.models.time;

/**
 * The cost assumption the lesson works with: a lost legitimate email weighs as much as 50 spam
 * in the inbox. A judgement about users, not a corpus number; the lesson says so.
 */
export const COSTS: ErrorCosts = ASSUMED_COSTS;

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

/** The launch decision the design doc states, made by the chapter's `decideLaunch` from the shipped model's test period. */
export const launch = decideLaunch(chosenTest.confusion, requirements.maxFalsePositiveRate);

/** Where the launch interval lies against the limit, in words. */
export const intervalVersusLimit = {
  ship: 'all of it within the limit',
  'ship with a guard': 'the limit lies inside it',
  'do not ship': 'all of it over the limit',
}[launch.verdict];

/** Stretch: the stricter rule, under which a guard also needs the measured rate within the limit. */
export const strictVerdict =
  launch.verdict === 'ship with a guard' && launch.falsePositiveRate > requirements.maxFalsePositiveRate ? 'do not ship' : launch.verdict;

/**
 * Stretch: at the shipped model's measured rate, the smallest test (in legitimate emails) whose
 * interval lies wholly on one side of the limit, found by trying sizes in turn; null when the
 * rate sits exactly on the limit, where no test size can separate them.
 */
export const testToSettle = (() => {
  const rate = launch.falsePositiveRate;
  const limit = requirements.maxFalsePositiveRate;
  if (rate === limit) return null;
  for (let legitimate = 1; legitimate <= 1_000_000; legitimate++) {
    const lost = Math.round(rate * legitimate);
    const { low, high } = wilsonInterval(lost, legitimate);
    if (rate < limit ? high <= limit : low > limit) return { legitimate, lost, verdict: rate < limit ? 'ship' : 'do not ship' };
  }
  return null;
})();

/** Where the shipped model's lost emails came from on the test period: corpus group, messages, errors. */
export const chosenFalsePositivesByGroup = chosenTest.byGroup.filter((g) => g.label === 'ham');

/**
 * The corpus groups in the time split's training period (train and validation) and its test
 * period, with when each group's messages arrived (Received dates, before duplicates are removed).
 */
export const periods = (() => {
  const test = time.rules.test;
  const training = metrics.selection.time.trainingPeriod;
  const groups = quality.dateOverlap.map((dates) => {
    const corpusGroup = quality.quality.byGroup.find((g) => g.name === dates.group);
    const inTest = test.byGroup.find((g) => g.group === dates.group)?.messages ?? 0;
    if (!corpusGroup) throw new Error(`quality.json has no group "${dates.group}"`);
    const day = (iso: string | undefined) => iso?.slice(0, 10) ?? '';
    return {
      group: dates.group,
      label: dates.label,
      // The pipeline writes each group's count after deduplication and in the test period; the
      // training period holds the rest (the time split leaves out no dated message; checked below).
      training: corpusGroup.messages - corpusGroup.duplicatesRemoved - inTest,
      test: inTest,
      testShare: inTest / test.messages,
      median: day(dates.received?.median),
      lastQuarterFrom: day(dates.received?.p75),
      last: day(dates.received?.max),
    };
  });
  const inTraining = groups.reduce((sum, g) => sum + g.training, 0);
  if (inTraining !== training.messages) throw new Error(`training period: ${inTraining} messages by group, ${training.messages} in metrics.json`);
  return {
    groups,
    training: { messages: training.messages, spam: training.spam, spamShare: training.spam / training.messages },
    test: { messages: test.messages, spam: test.spam, spamShare: test.spam / test.messages },
    largestInTest: groups.reduce((a, b) => (b.test > a.test ? b : a)),
    hardHam: (() => {
      const hardHam = groups.find((g) => g.group === 'hard-ham-1');
      if (!hardHam) throw new Error('no hard-ham-1 group in quality.json');
      const ham = (period: 'training' | 'test') => groups.filter((g) => g.label === 'ham').reduce((sum, g) => sum + g[period], 0);
      return { training: hardHam.training, test: hardHam.test, trainingHam: ham('training'), testHam: ham('test') };
    })(),
    spamGroups: groups.filter((g) => g.label === 'spam'),
  };
})();

/** Lesson 1's story, as its exercise's `diagnose` reads the illustrative signals. */
export const rootCauses = (() => {
  const suspects = diagnose(weeks);
  const at = (cause: Cause) => {
    const index = weeks.findIndex((w) => w.week === suspects.find((s) => s.cause === cause)?.since);
    if (index < 1) throw new Error(`the illustrative signals no longer show a ${cause} after their first week`);
    return { week: weeks[index], before: weeks[index - 1] };
  };
  const short = (label: string) => label.replace(/^\d{4}-/, '');
  const product = at('product change');
  const pipeline = at('broken pipeline');
  const stale = at('stale model');
  const stopped = weeks.find((w) => w.reportsCollected === 0);
  return {
    weeks: weeks.length,
    order: suspects.map((s) => s.cause),
    signupJump: { week: short(product.week.week), times: product.week.signups / product.before.signups },
    pipeline: {
      week: short(pipeline.week.week),
      collectedShare: pipeline.week.reportsCollected / pipeline.week.reportClicks,
      stoppedIn: stopped ? short(stopped.week) : null,
    },
    stale: { week: short(stale.week.week), ageDays: stale.week.modelAgeDays, limitDays: LIMITS.maxModelAgeDays },
  };
})();

/** The chain the signals tell, as a Mermaid flowchart whose weeks and numbers come from them. */
export const rootCauseChart = [
  'flowchart LR',
  `  A["${rootCauses.signupJump.week}: sign-ups ×${rootCauses.signupJump.times.toFixed(1)}<br/>in one week"] --> B["More users press<br/>Report spam"]`,
  `  B --> C["${rootCauses.pipeline.week}: ${percent(rootCauses.pipeline.collectedShare, 0)} of reports<br/>reach the table${rootCauses.pipeline.stoppedIn ? `; none from ${rootCauses.pipeline.stoppedIn}` : ''}"]`,
  '  C --> D["Weekly retraining has no<br/>fresh reports and skips"]',
  `  D --> E["${rootCauses.stale.week}: model ${rootCauses.stale.ageDays} days old<br/>(limit ${rootCauses.stale.limitDays})"]`,
  '  E --> F["Complaint: more spam"]',
].join('\n');

/** The filter that catches the most spam on the test period. */
export const mostRecall = [...operatingPoints].sort((a, b) => b.recall - a.recall)[0];

/**
 * The price of a lost email, in missed spam, at which the cheapest filter at `COSTS` and the
 * filter that catches the most spam cost the same; below it the latter is the cheaper of the two.
 * Null when one filter is both.
 */
export const turningPrice =
  cheapestOverall.model === mostRecall.model
    ? null
    : (mostRecall.confusion.falseNegatives - cheapestOverall.confusion.falseNegatives) /
      (cheapestOverall.confusion.falsePositives - mostRecall.confusion.falsePositives);

/** How the rules rank among the three filters on the test period. */
export const rulesRank = {
  catchLeast: operatingPoints.every((p) => p.recall >= rulesPoint.recall),
  loseMost: operatingPoints.every((p) => p.confusion.falsePositives <= rulesPoint.confusion.falsePositives),
  bestModel: [...operatingPoints].filter((p) => p.model !== 'rules').sort((a, b) => b.recall - a.recall)[0],
};

/** The training period's held-out messages, on which every filter chose its threshold. */
export const selection = {
  method: metrics.selection.time.method,
  blocks: metrics.selection.time.folds,
  heldOut: metrics.selection.time.heldOut.messages,
  trainingPeriod: metrics.selection.time.trainingPeriod.messages,
};
