import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'time-split.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'never sorts by date', files: { 'time-split.ts': slip('.filter((email) => email.date !== null).sort(byDateThenId)', '.filter((email) => email.date !== null)') } },
  { name: 'validation taken from the start of the training period', files: { 'time-split.ts': slip('const [train, validation] = cut(training, fractions.validation);', 'const [validation, train] = cut(training, 1 - fractions.validation);') } },
  { name: 'ignores the validation set when looking for the newest training date', files: { 'time-split.ts': slip('[...split.train, ...split.validation].flatMap', '[...split.train].flatMap') } },
  { name: 'a cluster counts if any member is in test', files: { 'time-split.ts': slip('.size > 1);', ".size > 0 && ids.some((id) => partOf.get(id) === 'test'));") } },
];

export default wrongAnswers;
