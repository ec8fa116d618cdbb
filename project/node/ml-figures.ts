/**
 * Numbers the Machine learning lessons quote that the rest of the pipeline does not write: what
 * the vocabulary would hold if it saw the test period, how overconfident raw naive Bayes is,
 * logistic regression's training loss, what the errors have in common, thresholds chosen by
 * other rules, how forward chaining's blocks differ, and the same procedures run on the
 * browser sample, so each lesson can set the learner's sample figures beside the corpus's.
 */
import type { MlFigures, Sample } from '../src/artefacts';
import { assessModels, experimentLog, fitScorer, trainingPeriod, type SplitAssessment, type TokensOf } from '../src/compare-models';
import { ASSUMED_COSTS, costPer10k } from '../src/costs';
import { forwardChaining } from '../src/cross-validate';
import { learningCurve, scoreEmails, type ScoredEmail } from '../src/evaluate';
import { logOddsOf, reasonsFor, sigmoid, type LinearModel } from '../src/linear-model';
import { DEFAULT_LOGISTIC_REGRESSION_OPTIONS, logisticFeatures, trainLogisticRegression, type EpochProgress } from '../src/logistic-regression';
import { confusionMatrix, falsePositiveRate, recall, recallAtFpr, rocAuc, rocCurve, type Scored } from '../src/metrics';
import type { ModelKind } from '../src/model-file';
import { naiveBayesFeatures, trainNaiveBayes } from '../src/naive-bayes';
import { byDateThenId } from '../src/order';
import { requirements } from '../src/requirements';
import { readSample } from '../src/sample-data';
import { cheapestThreshold, chooseThreshold } from '../src/threshold';
import type { Email, Split } from '../src/types';
import { buildVocabulary } from '../src/vocabulary';

export interface MlFiguresInput {
  /** The time split and its assessment by forward chaining (what ships), and by stratified k-fold. */
  split: Split;
  tokensOf: TokensOf;
  assessment: SplitAssessment;
  comparison: SplitAssessment;
  chosen: ModelKind;
  folds: number;
  sample: Sample;
}

const Z95 = 1.959964;
const maxFpr = requirements.maxFalsePositiveRate;
/** Training sizes of the sample's learning curve, before its whole training part: the exercise draws the same. */
const SAMPLE_CURVE_SIZES = [20, 60];

export function mlFigures({ split, tokensOf, assessment, comparison, chosen, folds, sample }: MlFiguresInput): MlFigures {
  const training = trainingPeriod(split).sort(byDateThenId);
  const ofSample = readSample(sample);
  const sampleTraining = trainingPeriod(ofSample.split);
  const sampleAssessment = assessModels(ofSample.split, ofSample.tokensOf);
  const shipped = assessment.fitted.find((model) => model.name === chosen)!;
  const shippedIndex = assessment.results.findIndex((result) => result.name === chosen);
  const testScores = scoreEmails(split.test, shipped.scorer);

  return {
    tokens: tokenExample(ofSample.emails.filter((email) => email.label === 'spam'), ofSample.tokensOf),
    vocabulary: {
      corpus: vocabularyFigures(training, split.test, tokensOf),
      sample: vocabularyFigures(sampleTraining, ofSample.split.test, ofSample.tokensOf),
      leakEffect: leakEffect(training, split.test, tokensOf),
    },
    naiveBayes: { corpus: rawNaiveBayes(training, split.test, tokensOf), sample: rawNaiveBayes(sampleTraining, ofSample.split.test, ofSample.tokensOf) },
    trainingLoss: { corpus: trainingLoss(training, tokensOf), sample: trainingLoss(sampleTraining, ofSample.tokensOf) },
    sample: {
      training: labelCounts(sampleTraining),
      test: labelCounts(ofSample.split.test),
      heldOut: { messages: sampleAssessment.results[0].heldOut.messages, ham: sampleAssessment.results[0].heldOut.ham },
      experimentLog: experimentLog(sampleAssessment.results),
      learningCurve: learningCurve(ofSample.split.train, ofSample.split.test, [...SAMPLE_CURVE_SIZES, ofSample.split.train.length], (train) => fitScorer('naive-bayes', train, ofSample.tokensOf), maxFpr),
    },
    errors: errorFigures(testScores, shipped.linear!, tokensOf, split.test, assessment.results[shippedIndex].threshold.threshold),
    thresholds: {
      costs: ASSUMED_COSTS,
      corpus: thresholdRules(assessment.heldOutScores[shippedIndex], testScores),
      sample: thresholdRules(
        sampleAssessment.heldOutScores[shippedIndex],
        scoreEmails(ofSample.split.test, sampleAssessment.fitted[shippedIndex].scorer),
      ),
    },
    selection: {
      heldOut: {
        'forward-chaining': assessment.results[shippedIndex].heldOut.messages,
        'stratified-k-fold': comparison.results[shippedIndex].heldOut.messages,
      },
      blocks: blockFigures(training, assessment.heldOutScores[shippedIndex], folds),
      kFold: {
        rocAuc: comparison.results[shippedIndex].heldOut.rocAuc,
        trainedOn: Math.round((training.length * (folds - 1)) / folds),
      },
    },
  };
}

function labelCounts(emails: readonly Email[]) {
  const spam = emails.filter((email) => email.label === 'spam').length;
  return { messages: emails.length, spam, ham: emails.length - spam };
}

/** The shortest spam of the sample, and the tokens the models see in it. */
function tokenExample(spam: Email[], tokensOf: TokensOf) {
  const shortest = spam.reduce((a, b) => (b.sizeBytes < a.sizeBytes || (b.sizeBytes === a.sizeBytes && b.id < a.id) ? b : a));
  const tokens = tokensOf(shortest);
  return { id: shortest.id, subject: shortest.subject, count: tokens.length, first: tokens.slice(0, 40) };
}

/** The vocabulary of the training period, and what fitting it on training and test messages together would add. */
function vocabularyFigures(training: readonly Email[], test: readonly Email[], tokensOf: TokensOf) {
  const trainingDocuments = training.map(tokensOf);
  const clean = buildVocabulary(trainingDocuments);
  const leaky = buildVocabulary([...trainingDocuments, ...test.map(tokensOf)]);
  const seenInTraining = new Set(trainingDocuments.flat());
  const added = leaky.tokens.filter((token) => !clean.index.has(token));
  const testOnly = added.filter((token) => !seenInTraining.has(token));
  return {
    trainingMessages: training.length,
    distinctTokens: seenInTraining.size,
    size: clean.tokens.length,
    withTest: { size: leaky.tokens.length, added: added.length, testOnly: testOnly.length, testOnlyExamples: testOnly.slice(0, 8) },
  };
}

/** The shipped kind of model (logistic regression) trained with the clean and the leaky vocabulary, both measured on test. */
function leakEffect(training: readonly Email[], test: readonly Email[], tokensOf: TokensOf) {
  const labelled = training.map((email) => ({ tokens: tokensOf(email), label: email.label }));
  const measure = (documents: string[][]) => {
    const vocabulary = buildVocabulary(documents);
    const model = trainLogisticRegression(labelled, vocabulary);
    const scored = test.map((email) => ({ label: email.label, score: logOddsOf(model, logisticFeatures(tokensOf(email), vocabulary)) }));
    return { rocAuc: rocAuc(rocCurve(scored)), recallAtMaxFpr: recallAtFpr(scored, maxFpr).recall };
  };
  const trainingDocuments = labelled.map((example) => example.tokens);
  return { clean: measure(trainingDocuments), leaky: measure([...trainingDocuments, ...test.map(tokensOf)]) };
}

/**
 * Uncalibrated naive Bayes on the test messages: how far its log-odds reach, how many messages
 * its sigmoid rounds to exactly 1, and what a one-message-at-a-time ROC walk makes of those ties
 * depending on which label the sort happens to put first.
 */
function rawNaiveBayes(training: readonly Email[], test: readonly Email[], tokensOf: TokensOf) {
  const labelled = training.map((email) => ({ tokens: tokensOf(email), label: email.label }));
  const vocabulary = buildVocabulary(labelled.map((example) => example.tokens));
  const model = trainNaiveBayes(labelled, vocabulary);
  const logOdds = test.map((email) => logOddsOf(model, naiveBayesFeatures(tokensOf(email), vocabulary)));
  const scored: Scored[] = test.map((email, i) => ({ label: email.label, score: sigmoid(logOdds[i]) }));
  const atOne = scored.filter((s) => s.score === 1);
  return {
    messages: test.length,
    maxLogOdds: Math.max(...logOdds),
    minLogOdds: Math.min(...logOdds),
    tiedAtOne: { messages: atOne.length, ham: atOne.filter((s) => s.label === 'ham').length },
    rocAuc: { tiesTogether: rocAuc(rocCurve(scored)), spamFirst: rocAucOneAtATime(scored, 'spam'), hamFirst: rocAucOneAtATime(scored, 'ham') },
  };
}

/** The naive ROC AUC: one step per message, tied scores in whatever order the sort left them (here: `first` label first). */
function rocAucOneAtATime(scored: readonly Scored[], first: Scored['label']) {
  const sorted = [...scored].sort((a, b) => b.score - a.score || (a.label === b.label ? 0 : a.label === first ? -1 : 1));
  const spam = sorted.filter((s) => s.label === 'spam').length;
  const ham = sorted.length - spam;
  let caught = 0;
  let area = 0;
  for (const s of sorted) {
    if (s.label === 'spam') caught++;
    else area += caught / spam / ham;
  }
  return area;
}

function trainingLoss(training: readonly Email[], tokensOf: TokensOf): EpochProgress[] {
  const labelled = training.map((email) => ({ tokens: tokensOf(email), label: email.label }));
  const progress: EpochProgress[] = [];
  const vocabulary = buildVocabulary(labelled.map((example) => example.tokens));
  trainLogisticRegression(labelled, vocabulary, { ...DEFAULT_LOGISTIC_REGRESSION_OPTIONS, onEpoch: (p) => progress.push(p) });
  return progress;
}

/** A threshold as JSON holds it: ∞ ("flag nothing") becomes null. */
function finite(threshold: number): number | null {
  return Number.isFinite(threshold) ? threshold : null;
}

/**
 * The shipped model's mistakes on the test period: the most confident ones with the tokens that
 * pushed them, and what all of them share (corpus group, HTML, length) next to the messages of
 * the same label it got right.
 */
function errorFigures(testScores: ScoredEmail[], model: LinearModel, tokensOf: TokensOf, test: readonly Email[], threshold: number) {
  const byId = new Map(test.map((email) => [email.id, email]));
  const reasonsOf = (s: ScoredEmail) => reasonsFor(model, logisticFeatures(tokensOf(byId.get(s.id)!), model.vocabulary), 5);
  const wrong = (s: ScoredEmail) => (s.score >= threshold) !== (s.label === 'spam');
  const describe = (scored: ScoredEmail[]) => {
    const emails = scored.map((s) => byId.get(s.id)!);
    const tokenCounts = emails.map((email) => tokensOf(email).length).sort((a, b) => a - b);
    return {
      messages: scored.length,
      byGroup: Object.fromEntries([...new Set(emails.map((email) => email.group))].sort().map((group) => [group, emails.filter((email) => email.group === group).length])),
      htmlShare: emails.length === 0 ? 0 : emails.filter((email) => email.hasHtml).length / emails.length,
      medianTokens: tokenCounts.length === 0 ? 0 : tokenCounts[Math.floor(tokenCounts.length / 2)],
    };
  };
  const ofLabel = (label: Email['label'], isWrong: boolean) => testScores.filter((s) => s.label === label && wrong(s) === isWrong);
  const worst = (scored: ScoredEmail[], direction: 1 | -1) =>
    [...scored]
      .sort((a, b) => direction * (b.score - a.score))
      .slice(0, 5)
      .map((s) => ({ id: s.id, group: s.group, subject: s.subject, score: s.score, reasons: reasonsOf(s) }));
  return {
    threshold,
    falsePositives: { worst: worst(ofLabel('ham', true), 1), wrong: describe(ofLabel('ham', true)), right: describe(ofLabel('ham', false)) },
    falseNegatives: { worst: worst(ofLabel('spam', true), -1), wrong: describe(ofLabel('spam', true)), right: describe(ofLabel('spam', false)) },
  };
}

/**
 * Three rules for the shipped model's threshold, each chosen on its held-out scores and then
 * measured once on test: the most recall within the limit (what the pipeline uses), the cheapest
 * mistakes within the limit, and the cheapest with the limit met at 95% confidence.
 */
function thresholdRules(heldOut: readonly Scored[], test: readonly Scored[]) {
  const choices = [
    { rule: 'most recall within the limit', threshold: chooseThreshold(heldOut, maxFpr).threshold },
    { rule: 'cheapest within the limit', threshold: cheapestThreshold(heldOut, ASSUMED_COSTS, maxFpr).threshold },
    { rule: 'cheapest, limit met with 95% confidence', threshold: cheapestThreshold(heldOut, ASSUMED_COSTS, maxFpr, Z95).threshold },
  ] as const;
  const at = (scored: readonly Scored[], threshold: number) => {
    const confusion = confusionMatrix(scored, threshold);
    return {
      recall: recall(confusion),
      falsePositiveRate: falsePositiveRate(confusion),
      falsePositives: confusion.falsePositives,
      ham: confusion.falsePositives + confusion.trueNegatives,
      costPer10k: costPer10k(confusion, ASSUMED_COSTS),
    };
  };
  return choices.map(({ rule, threshold }) => ({ rule, threshold: finite(threshold), heldOut: at(heldOut, threshold), test: at(test, threshold) }));
}

/**
 * Forward chaining block by block for the shipped model: how much each block's model trained on,
 * how well it ranked its block, and the threshold that block alone would ask for.
 */
function blockFigures(training: readonly Email[], heldOut: readonly ScoredEmail[], folds: number) {
  const trainedOn = forwardChaining(training, folds, (train) => () => train.length);
  const sizeOf = new Map(training.map((email, i) => [email.id, trainedOn[i]]));
  const sizes = [...new Set(trainedOn.filter((size): size is number => size !== undefined))];
  return sizes.map((size) => {
    const block = heldOut.filter((s) => sizeOf.get(s.id) === size);
    const spam = block.filter((s) => s.label === 'spam').length;
    return {
      trainedOn: size,
      messages: block.length,
      spam,
      ham: block.length - spam,
      rocAuc: rocAuc(rocCurve(block)),
      threshold: finite(chooseThreshold(block, maxFpr).threshold),
    };
  });
}
