/**
 * Numbers for the communication lessons, read from `results.json` (the time split's results,
 * as exercises read them) and `communication.json` (written by
 * `project/node/communication-figures.ts` with the modules the learner writes). The launch
 * figures are simulated.
 */
import communication from '@site/generated/communication.json';
import results from '@site/generated/public/data/results.json';
import { sampleSizePerArm } from '@project/ab-test';
import { wilsonInterval, Z_95 } from '@project/confidence';
import { checkLimit, groupRows } from '@project/model-card';
import { modelCardInputs } from '@project/model-card-inputs';
import { numbersApart, REASONS_NAMED } from '@project/plain-explanation';

const { chosenModel, requirements, test } = results;
const chosen = results.models[chosenModel.kind];
const { confusion } = chosen.test;

function groupRow(name: string) {
  const found = groupRows(chosen.test.byGroup).find((row) => row.group === name);
  if (!found) throw new Error(`results.json has no test messages of group "${name}"`);
  return found;
}

const lostMail = checkLimit(confusion.falsePositives, test.ham, requirements.maxFalsePositiveRate);

/**
 * Legitimate test messages it would take, at the same false-positive rate, for the interval's
 * upper end to fall within the limit, in steps of 100 (null when the rate is at or over the
 * limit: no test size can show it then).
 */
function hamNeededToShow(): number | null {
  if (lostMail.rate >= requirements.maxFalsePositiveRate) return null;
  let n = test.ham;
  while (wilsonInterval(lostMail.rate * n, n).high > requirements.maxFalsePositiveRate) n += 100;
  return n;
}

export const modelCardMarkdown = communication.modelCard;

export const shipped = {
  label: chosen.label,
  threshold: chosen.threshold.threshold,
  testMessages: test.messages,
  testSpam: test.spam,
  testHam: test.ham,
  spamCaught: confusion.truePositives,
  recall: chosen.test.recall,
  lostMail,
  maxFalsePositiveRate: requirements.maxFalsePositiveRate,
  hamNeededToShow: hamNeededToShow(),
  hardHam: groupRow('hard-ham-1'),
  easyHam: groupRow('easy-ham-1'),
  latency: results.performance.latency[chosenModel.kind],
  latencyLimitMs: requirements.latencyP99Ms,
  reasonsPerDecision: requirements.reasonsPerDecision,
  /** Reasons a plain explanation names for its verdict. */
  reasonsNamed: REASONS_NAMED,
};

const { explanations } = communication;

/**
 * A made-up score under the shipped threshold that prints like it with two decimals (halfway
 * between the threshold and the lowest number that rounds to the same two decimals), and as
 * `numbersApart` prints the pair.
 */
const nearMissScore = Math.round(((Number(shipped.threshold.toFixed(2)) - 0.005 + shipped.threshold) / 2) * 10_000) / 10_000;
if (nearMissScore.toFixed(2) !== shipped.threshold.toFixed(2)) throw new Error(`${nearMissScore} does not print like the threshold ${shipped.threshold}`);
export const nearMiss = {
  score: nearMissScore,
  atTwoDecimals: [nearMissScore.toFixed(2), shipped.threshold.toFixed(2)],
  apart: numbersApart(nearMissScore, shipped.threshold),
};

/** The legitimate test message the shipped filter scored most confidently as spam, explained. */
export const wrongDecision = explanations[explanations.length - 1];
export const demoDecisions = explanations.slice(0, -1);
export const demoSpam = demoDecisions.find((e) => e.classification.label === 'spam')!;

export const resultsTableRows = communication.resultsTable;

const models = Object.values(results.models);
/**
 * Each model on the test set (ROC AUC, spam caught) and on the training period, where its
 * threshold and the shipped model were chosen (spam caught, legitimate mail lost).
 */
export const modelFigures = models.map((model) => ({
  label: model.label,
  rocAuc: model.test.rocAuc,
  recall: model.test.recall,
  trainingRecall: model.threshold.recall,
  trainingFalsePositiveRate: model.threshold.falsePositiveRate,
}));
export const chosenOn = chosenModel.chosenOn;
/** The rules baseline of the Product chapter: the bar the models had to beat. */
export const rulesBaseline = { label: results.models.rules.label, recall: results.models.rules.test.recall };
export const periods = { training: results.training.period, test: test.period };
/** Share of the test set that is legitimate: what a filter that flags nothing gets right. */
export const flagNothingAccuracy = test.ham / test.messages;

export const comparisons = communication.comparisons;

const { lostMail: lostPair } = comparisons;
const [lostA, lostB] = [lostPair.a.count / lostPair.a.of, lostPair.b.count / lostPair.b.of];
/** The tempting headline: how much less mail b loses than a, as a share of a's rate. */
export const lostMailRelativeCut = 1 - lostB / lostA;
/** The headline's range when either model had lost one message more or one fewer. */
const cuts = [-1, 0, 1].flatMap((da) => [-1, 0, 1].map((db) => 1 - (lostPair.b.count + db) / (lostPair.a.count + da)));
export const lostMailCutRange = { low: Math.min(...cuts), high: Math.max(...cuts) };
/**
 * The same difference with the textbook interval, d ± z·se (Wald): what the Newcombe interval
 * is compared with. It is narrower than the data allows at counts this small.
 */
const waldHalfWidth = Z_95 * Math.sqrt((lostA * (1 - lostA)) / lostPair.a.of + (lostB * (1 - lostB)) / lostPair.b.of);
export const lostMailWald = { low: lostA - lostB - waldHalfWidth, high: lostA - lostB + waldHalfWidth };

/** Legitimate messages each model would need to be tested on to tell their lost-mail rates apart (80% power, 5% level). */
export const hamToTellApart = sampleSizePerArm(lostB, lostA);

/** What the shipped filter's model card says it is not for. */
export const notFor = modelCardInputs(results).notFor;

const { launch } = communication;
export const launchFigures = {
  scenario: launch.scenario,
  monitor: launch.monitor,
  rescues: launch.rescues,
  complaints: launch.complaints,
  runs: launch.runs,
  falseAlarms: launch.falseAlarms.map((entry) => ({ ...entry, share: entry.alarms / launch.runs, ...wilsonInterval(entry.alarms, launch.runs) })),
  /** The week the rule most often acted in, across the simulated launches with the change, and how often. */
  usualWeek: [...launch.detection].sort((a, b) => b.runs - a.runs)[0],
  neverActed: launch.detection.find((entry) => entry.week === null)?.runs ?? 0,
  /** Share of the mail moved to spam that its owners rescue at launch, as the scenario sets it. */
  rescuedAtLaunch: launch.scenario.spamFolder.mistakeShare * launch.scenario.spamFolder.actedOnShare,
};

/** The false-alarm figure for a rule that acts after `consecutive` weeks in a row. */
export function falseAlarmsAfter(consecutive: number) {
  const found = launchFigures.falseAlarms.find((entry) => entry.consecutive === consecutive);
  if (!found) throw new Error(`communication.json has no false-alarm figure for ${consecutive} weeks`);
  return found;
}
