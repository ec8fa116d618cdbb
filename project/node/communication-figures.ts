/**
 * Figures for the communication lessons, made with the same project modules the learner writes:
 * the time split's results in one browser file, the shipped model's card, the write-up's
 * table, real decisions explained in plain words, honest comparisons of the models, and a
 * simulated launch watched week by week.
 */
import { recordOf, type Charts, type Communication, type Metrics, type Performance, type Results } from '../src/artefacts';
import { describeComparison, compareRates, type Named } from '../src/compare-rates';
import { MODEL_NAMES, trainingPeriod, type ModelName } from '../src/compare-models';
import { modelCard } from '../src/model-card';
import { modelCardInputs } from '../src/model-card-inputs';
import { MODEL_LABELS } from '../src/model-labels';
import { DEFAULT_MONITOR, monitor } from '../src/override-monitor';
import { explainToUser } from '../src/plain-explanation';
import { readMessage } from '../src/read-message';
import { resultsTable } from '../src/results-table';
import { LAUNCH_SCENARIO, simulateLaunch } from '../src/simulate-launch';
import type { SpamFilter } from '../src/spam-filter';
import type { Email, Split } from '../src/types';

/** Simulated launches for the false-alarm and detection rates of the rule to act. */
export const LAUNCH_RUNS = { runs: 500, firstSeed: 1_000 } as const;

/** The time split's results as exercises read them (`dataset:results`). */
export function resultsOf(metrics: Metrics, performance: Performance, charts: Charts, time: Split): Results {
  const period = (emails: readonly Email[]) => {
    const days = emails.map((email) => email.date?.slice(0, 10)).filter((day): day is string => day !== undefined).sort();
    return { from: days[0], to: days[days.length - 1] };
  };
  const counts = (emails: readonly Email[]) => {
    const spam = emails.filter((email) => email.label === 'spam').length;
    return { messages: emails.length, spam, ham: emails.length - spam, period: period(emails) };
  };
  return {
    corpus: metrics.corpus,
    requirements: metrics.requirements,
    features: metrics.features,
    selection: { method: metrics.selection.time.method, folds: metrics.selection.time.folds },
    training: counts(trainingPeriod(time)),
    test: counts(time.test),
    models: recordOf(MODEL_NAMES, (name) => ({ label: MODEL_LABELS[name], threshold: metrics.models.time[name].threshold, test: metrics.models.time[name].test })),
    chosenModel: metrics.chosenModel,
    performance,
    scoreHistograms: charts.scoreHistograms,
  };
}

export interface CommunicationInput {
  results: Results;
  /** The shipped filter. */
  filter: SpamFilter;
  rawById: ReadonlyMap<string, string>;
  /** Messages to explain: the sample's demo messages. */
  demoIds: readonly string[];
}

export function communicationFigures({ results, filter, rawById, demoIds }: CommunicationInput): Communication {
  const chosen = results.models[results.chosenModel.kind].test;
  const explained = (id: string, group: string, subject: string) => {
    const classification = filter.classify(rawById.get(id)!, id);
    return { id, group, subject, classification, sentences: explainToUser(classification) };
  };
  // Decoded (`=?GB2312?B?…?=` becomes the text its reader sees) and unfolded, as the message shows it.
  const subjectOf = (raw: string) => readMessage(raw).subject.replace(/\s+/g, ' ').trim();
  const falsePositive = chosen.worstFalsePositives[0];

  const named = (name: ModelName, count: (confusion: Results['models'][ModelName]['test']['confusion']) => [number, number]): Named => {
    const [k, of] = count(results.models[name].test.confusion);
    return { name: results.models[name].label, count: k, of };
  };
  const lost = (name: ModelName) => named(name, (c) => [c.falsePositives, c.falsePositives + c.trueNegatives]);
  const caught = (name: ModelName) => named(name, (c) => [c.truePositives, c.truePositives + c.falseNegatives]);
  const comparison = (a: Named, b: Named) => ({ a, b, ...compareRates(a, b), sentence: describeComparison(a, b) });

  const launch = simulateLaunch(LAUNCH_SCENARIO);
  const quiet = { ...LAUNCH_SCENARIO, spamFolder: { ...LAUNCH_SCENARIO.spamFolder, change: undefined }, inbox: { ...LAUNCH_SCENARIO.inbox, perWeek: 0 } };
  const changed = { ...LAUNCH_SCENARIO, inbox: { ...LAUNCH_SCENARIO.inbox, perWeek: 0 } };
  const seeds = Array.from({ length: LAUNCH_RUNS.runs }, (_, i) => LAUNCH_RUNS.firstSeed + i);
  const quietRuns = seeds.map((seed) => simulateLaunch({ ...quiet, seed }).rescues);
  const changedRuns = seeds.map((seed) => simulateLaunch({ ...changed, seed }).rescues);
  const actAt = (runs: typeof quietRuns, consecutive: number) => runs.map((run) => monitor(run, { ...DEFAULT_MONITOR, consecutive }).actAt);

  return {
    modelCard: modelCard(modelCardInputs(results)),
    resultsTable: resultsTable(
      Object.values(results.models).map((model) => ({ name: model.label, confusion: model.test.confusion })),
      results.requirements.maxFalsePositiveRate,
    ),
    explanations: [
      ...demoIds.map((id) => explained(id, id.split('/')[0], subjectOf(rawById.get(id)!))),
      ...(falsePositive ? [explained(falsePositive.id, falsePositive.group, falsePositive.subject)] : []),
    ],
    comparisons: {
      lostMail: comparison(lost('naive-bayes'), lost('logistic-regression')),
      spamCaught: comparison(caught('naive-bayes'), caught('logistic-regression')),
      overRules: comparison(caught('rules'), caught(results.chosenModel.kind)),
    },
    launch: {
      simulated: true,
      scenario: LAUNCH_SCENARIO,
      monitor: DEFAULT_MONITOR,
      rescues: monitor(launch.rescues, DEFAULT_MONITOR),
      complaints: monitor(launch.complaints, DEFAULT_MONITOR),
      runs: LAUNCH_RUNS.runs,
      falseAlarms: [1, DEFAULT_MONITOR.consecutive, DEFAULT_MONITOR.consecutive + 1].map((consecutive) => ({
        consecutive,
        alarms: actAt(quietRuns, consecutive).filter((week) => week !== null).length,
      })),
      detection: tally(actAt(changedRuns, DEFAULT_MONITOR.consecutive)),
    },
  };
}

/** How many runs acted in each week (null: never), weeks in order, never last. */
function tally(weeks: (number | null)[]): { week: number | null; runs: number }[] {
  const counts = new Map<number | null, number>();
  for (const week of weeks) counts.set(week, (counts.get(week) ?? 0) + 1);
  return [...counts].map(([week, runs]) => ({ week, runs })).sort((a, b) => (a.week ?? Infinity) - (b.week ?? Infinity));
}
