import { readFileSync } from 'node:fs';
import type { WrongAnswer } from '../../wrong-answer';

// Each wrong answer is the solution with one plausible slip.
const solution = readFileSync(new URL('./solution/design-doc.ts', import.meta.url), 'utf8');
const replace = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`wrong answer cannot be built: "${from}" not in the solution`);
  return solution.replace(from, to);
};

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'shares printed raw, not as percentages', files: { 'design-doc.ts': replace('precision ${percent(baseline.precision)}', 'precision ${baseline.precision}') } },
  { name: 'baseline and risks in the wrong order', files: { 'design-doc.ts': replace("    '## Baseline',", "    '## Risks',").replace("    '## Risks',\n    '',\n    ...(", "    '## Baseline',\n    '',\n    ...(") } },
  { name: 'only the first requirement', files: { 'design-doc.ts': replace('...inputs.requirements.map(', '...inputs.requirements.slice(0, 1).map(') } },
  { name: 'empty risk list leaves the section empty', files: { 'design-doc.ts': replace("['- None listed yet.']", '[]') } },
];

export default wrongAnswers;
