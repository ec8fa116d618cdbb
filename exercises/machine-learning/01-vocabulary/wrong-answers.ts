import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'vocabulary.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'counts occurrences, not messages', files: { 'vocabulary.ts': slip('for (const token of new Set(tokens))', 'for (const token of tokens)') } },
  { name: 'drops tokens at exactly the minimum', files: { 'vocabulary.ts': slip('frequency >= options.minDocumentFrequency', 'frequency > options.minDocumentFrequency') } },
  { name: 'breaks ties with localeCompare', files: { 'vocabulary.ts': slip('(a < b ? -1 : 1)', 'a.localeCompare(b)') } },
  { name: 'sorts by token only', files: { 'vocabulary.ts': slip('fb - fa || ', '') } },
  { name: 'keeps the rarest tokens when capping', files: { 'vocabulary.ts': slip('fb - fa', 'fa - fb') } },
  { name: 'counts presence, not occurrences', files: { 'vocabulary.ts': slip('(byIndex.get(i) ?? 0) + 1', '1') } },
  { name: 'counts unknown tokens at index -1', files: { 'vocabulary.ts': slip('const i = vocabulary.index.get(token);', 'const i = vocabulary.index.get(token) ?? -1;') } },
];

export default wrongAnswers;
