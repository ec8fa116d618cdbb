import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

const solution = readFileSync(new URL('./solution/time-split.ts', import.meta.url), 'utf8');

/** The solution with one piece of text replaced (throws if the piece is gone, so these stay honest). */
function edit(from: string, to: string): Record<string, string> {
  if (!solution.includes(from)) throw new Error(`wrong answer: "${from}" is not in the solution`);
  return { 'time-split.ts': solution.replace(from, to) };
}

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'never sorts by date', files: edit('.filter((email) => email.date !== null).sort(byDateThenId)', '.filter((email) => email.date !== null)') },
  { name: 'validation taken from the start of the training period', files: edit('const [train, validation] = cut(training, fractions.validation);', 'const [validation, train] = cut(training, 1 - fractions.validation);') },
  { name: 'ignores the validation set when looking for the newest training date', files: edit('[...split.train, ...split.validation].flatMap', '[...split.train].flatMap') },
  { name: 'a cluster counts if any member is in test', files: edit('.size > 1);', ".size > 0 && ids.some((id) => partOf.get(id) === 'test'));") },
];

export default wrongAnswers;
