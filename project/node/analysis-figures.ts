/**
 * Figures for the data-analysis lessons, computed with the same project modules the learner
 * writes: per-group descriptions of the cleaned corpus and of the browser sample, token
 * log-odds and rates with intervals on the time split's training period, and the simulated
 * A/B experiment (sample size, test, sample-ratio check, peeking).
 */
import { FACT_FIELDS, recordOf, type Analysis, type SampleMessage } from '../src/artefacts';
import { sampleSizePerArm, twoProportionTest } from '../src/ab-test';
import { wilsonInterval } from '../src/confidence';
import { groupBy, summarize } from '../src/describe';
import { QUARANTINE_EXPERIMENT, quarantineDesign } from '../src/experiment-plan';
import { countTokens, tokenLogOdds, type LabelledTokens, type TokenCounts } from '../src/log-odds';
import { messageFacts, type MessageFacts } from '../src/message-facts';
import { peekingFalsePositiveRate } from '../src/peeking';
import { readMessage } from '../src/read-message';
import { sampleRatioTest } from '../src/sample-ratio';
import { armTotals, simulateExperiment } from '../src/simulate-experiment';
import { tokenize } from '../src/tokenize';
import type { Email } from '../src/types';

const ALPHA = 1;
const TOP_TOKENS = 15;

export const PEEKING = { experiments: 5_000, usersPerPeek: 100, rate: 0.1, alpha: 0.05, seed: 7, peeks: [1, 2, 5, 10, 20] } as const;

export interface AnalysisInput {
  /** Cleaned, de-duplicated messages. */
  emails: readonly Email[];
  rawById: ReadonlyMap<string, string>;
  /** The time split's training period (train + validation): tokens are studied there only. */
  trainingPeriod: readonly Email[];
  tokensOf: (email: Email) => string[];
  sample: readonly SampleMessage[];
}

export function analysisFigures({ emails, rawById, trainingPeriod, tokensOf, sample }: AnalysisInput): Analysis {
  const corpusFacts = emails.map((email) => messageFacts({ id: email.id, group: email.group, label: email.label, raw: rawById.get(email.id)! }));
  const sampleFacts = sample.map((message) => messageFacts(message));

  const corpusMessages: LabelledTokens[] = trainingPeriod.map((email) => ({ label: email.label, tokens: tokensOf(email) }));
  const sampleTraining = sample.filter((message) => message.splits.time === 'train' || message.splits.time === 'validation');
  const sampleMessages: LabelledTokens[] = sampleTraining.map((message) => ({ label: message.label, tokens: tokenize(readMessage(message.raw)) }));

  return {
    describe: { fields: [...FACT_FIELDS], corpus: describeFacts(corpusFacts), sample: describeFacts(sampleFacts) },
    tokens: { period: 'the time split’s training period (train and validation)', alpha: ALPHA, corpus: tokenFigures(corpusMessages), sample: tokenFigures(sampleMessages) },
    experiment: experimentFigures(),
  };
}

function describeFacts(facts: MessageFacts[]): Analysis['describe']['corpus'] {
  return {
    messages: facts.length,
    byGroup: [...groupBy(facts, (row) => row.group)].map(([group, rows]) => ({
      group,
      label: rows[0].label,
      messages: rows.length,
      html: withInterval(rows.filter((row) => row.html).length, rows.length),
      withLinks: withInterval(rows.filter((row) => row.links > 0).length, rows.length),
      summaries: recordOf(FACT_FIELDS, (field) => summarize(rows.map((row) => row[field]))),
    })),
  };
}

function withInterval(count: number, n: number) {
  return { count, share: count / n, ...wilsonInterval(count, n) };
}

function tokenFigures(messages: LabelledTokens[]): Analysis['tokens']['corpus'] {
  const ranked = tokenLogOdds(messages, ALPHA);
  const { spamMessages, hamMessages, counts } = countTokens(messages);
  const onlyInSpam = counts.filter((entry) => entry.ham === 0);
  const rateOf = ({ token, spam, ham }: TokenCounts) => ({ token, spam, ham, messages: spam + ham, rate: spam / (spam + ham), ...wilsonInterval(spam, spam + ham) });
  // Tiny counts, by a stated rule: the first plain word (letters only, 5 or more) in token order
  // seen in exactly 1, 2 and 3 spam messages and no ham.
  const plainWord = (token: string) => /^[a-z]{5,}$/.test(token);
  const tiny = [1, 2, 3].map((k) => onlyInSpam.find((entry) => entry.spam === k && plainWord(entry.token))).filter((entry) => entry !== undefined);
  const strongest = ranked.filter((entry) => plainWord(entry.token)).slice(0, 3);
  return {
    spamMessages,
    hamMessages,
    tokens: counts.length,
    onlyInSpam: onlyInSpam.length,
    onlyInSpamOnce: onlyInSpam.filter((entry) => entry.spam === 1).length,
    // Unsmoothed, every token never seen in ham ties at +∞, and ties fall back on token order.
    unsmoothedTop: onlyInSpam.slice(0, 10),
    topSpam: ranked.slice(0, TOP_TOKENS),
    topHam: ranked.slice(-TOP_TOKENS).reverse(),
    rates: [...tiny, ...strongest].map(rateOf),
  };
}

function experimentFigures(): Analysis['experiment'] {
  const { metric, baseline, target, alpha, power, usersPerDay, treatmentShare, trueRates, lostTreatmentShare, seed } = QUARANTINE_EXPERIMENT;
  const perArm = sampleSizePerArm(baseline, target, { alpha, power });
  const days = Math.ceil((2 * perArm) / usersPerDay);
  const rows = simulateExperiment(quarantineDesign(days));
  const totals = armTotals(rows);
  const broken = armTotals(simulateExperiment(quarantineDesign(days, true)));
  const srm = (arms: typeof totals) => sampleRatioTest([arms.control.users, arms.treatment.users], [1 - treatmentShare, treatmentShare]);
  return {
    simulated: true,
    design: { metric, baseline, target, alpha, power, usersPerDay, treatmentShare, seed, sampleSizePerArm: perArm, days },
    trueRates,
    daily: rows,
    totals,
    test: twoProportionTest(totals.control, totals.treatment),
    sampleRatio: srm(totals),
    broken: { lostTreatmentShare, totals: broken, sampleRatio: srm(broken), test: twoProportionTest(broken.control, broken.treatment) },
    peeking: {
      experiments: PEEKING.experiments,
      usersPerPeek: PEEKING.usersPerPeek,
      rate: PEEKING.rate,
      alpha: PEEKING.alpha,
      seed: PEEKING.seed,
      points: PEEKING.peeks.map((peeks) => ({ peeks, ...peekingFalsePositiveRate({ ...PEEKING, peeks }) })),
    },
  };
}
