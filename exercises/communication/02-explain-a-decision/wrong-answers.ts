import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'plain-explanation.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'two decimals always: 0.9965 reads as a certain 1.00, 0.919 as the threshold', files: { 'plain-explanation.ts': slip('while (decimals < 6 && misleading()) decimals++;', '') } },
  { name: 'only the threshold is checked, so 0.9965 still reads 1.00', files: { 'plain-explanation.ts': slip(' || (score > 0 && score < 1 && Number(shown) % 1 === 0)', '') } },
  { name: 'reasons taken in the order given', files: { 'plain-explanation.ts': slip('[...reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))', '[...reasons]') } },
  { name: 'every reason named as counting for the verdict, whatever its sign', files: { 'plain-explanation.ts': slip('strongest.filter((reason) => reason.weight * side > 0)', 'strongest.filter((reason) => reason.weight !== 0)') } },
  { name: 'directions swapped for legitimate mail', files: { 'plain-explanation.ts': slip("const side = label === 'spam' ? 1 : -1;", 'const side = 1;') } },
  { name: 'all reasons named, not the three strongest', files: { 'plain-explanation.ts': slip('.slice(0, REASONS_NAMED)', '') } },
  { name: 'the reason against is left out', files: { 'plain-explanation.ts': slip("const counterpoint = against ? `; ${opposite} it: ${phraseOf(against.token)}.` : '.';", "const counterpoint = against ? '.' : '.';") } },
];

export default wrongAnswers;
