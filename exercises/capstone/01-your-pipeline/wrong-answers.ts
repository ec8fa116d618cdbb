import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'end-to-end.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'the vocabulary is built on the train and validation parts',
    files: { 'end-to-end.ts': slip('const vocabulary = buildVocabulary(examples.map((example) => example.tokens));', 'const vocabulary = buildVocabulary([...train, ...validation].map(tokensOf));') },
  },
  {
    name: 'the model is trained on the train and validation parts',
    files: { 'end-to-end.ts': slip('const examples = train.map(', 'const examples = [...train, ...validation].map(') },
  },
  {
    name: 'the threshold is chosen on the test part',
    files: { 'end-to-end.ts': slip('chooseThreshold(scoreEmails(validation, scorer), maxFalsePositiveRate)', 'chooseThreshold(scoreEmails(test, scorer), maxFalsePositiveRate)') },
  },
  {
    name: 'the upper bound counts false positives among all test messages, not among ham',
    files: { 'end-to-end.ts': slip('wilsonInterval(measured.confusion.falsePositives, measured.ham)', 'wilsonInterval(measured.confusion.falsePositives, measured.messages)') },
  },
  {
    name: 'the train row reports the bias before rounding',
    files: {
      'end-to-end.ts': slip(
        'const model = roundParameters(trainer.train(examples, vocabulary));',
        'const unrounded = trainer.train(examples, vocabulary);\n  const model = { ...roundParameters(unrounded), bias: unrounded.bias };',
      ),
    },
  },
  {
    name: 'the SpamFilter row counts refused messages as classified',
    files: { 'end-to-end.ts': slip("out: served.filter((result) => result.ok).length", 'out: served.length') },
  },
  {
    name: 'the model file carries the validation figures, not the test figures',
    files: { 'end-to-end.ts': slip('const { rocAuc, precision, recall, f1, falsePositiveRate } = measured;', 'const { rocAuc, precision, f1 } = measured;\n  const { recall, falsePositiveRate } = choice;') },
  },
  {
    name: 'the threshold row reports the test figures',
    files: { 'end-to-end.ts': slip("notes: { threshold: choice.threshold, recall: choice.recall, 'false-positive rate': choice.falsePositiveRate },", "notes: { threshold: choice.threshold, recall: evaluate(scoreEmails(test, scorer), choice.threshold, maxFalsePositiveRate).recall, 'false-positive rate': choice.falsePositiveRate }," ) },
  },
];

export default wrongAnswers;
