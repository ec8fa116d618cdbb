import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'compare-models.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'the vocabulary sees the test messages',
    files: { 'compare-models.ts': slip('const fitted = fitModels(training, tokensOf, options);', 'const fitted = fitModels([...training, ...split.test], tokensOf, options);') },
  },
  {
    name: 'the threshold is chosen on the test set',
    files: { 'compare-models.ts': slip('const threshold = chooseThreshold(pooled[m], maxFpr);', 'const threshold = chooseThreshold(scoreEmails(split.test, model.scorer), maxFpr);') },
  },
  {
    name: 'naive Bayes is not calibrated',
    files: { 'compare-models.ts': slip('roundParameters(trainCalibratedNaiveBayes(labelled, vocabulary, folds))', 'roundParameters(trainNaiveBayes(labelled, vocabulary))') },
  },
  { name: 'weights not rounded', files: { 'compare-models.ts': slip('const logistic = roundParameters(trainLogisticRegression(labelled, vocabulary));', 'const logistic = trainLogisticRegression(labelled, vocabulary);') } },
  {
    name: 'logistic regression scored with naive Bayes features',
    files: { 'compare-models.ts': slip('scorer: linearScorer(logistic, logisticFeatures, tokensOf)', 'scorer: linearScorer(logistic, naiveBayesFeatures, tokensOf)') },
  },
  {
    name: 'messages never held out are scored 0 instead of left out',
    files: { 'compare-models.ts': slip('return score === undefined ? [] : [', 'return [') },
  },
  { name: 'the limit is exclusive in the log', files: { 'compare-models.ts': slip('withinFprLimit: result.test.falsePositiveRate <= maxFpr', 'withinFprLimit: result.test.falsePositiveRate < maxFpr') } },
];

export default wrongAnswers;
