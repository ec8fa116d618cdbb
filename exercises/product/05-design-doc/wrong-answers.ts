import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'design-doc.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'shares printed raw, not as percentages', files: { 'design-doc.ts': slip('precision ${percent(baseline.precision)}', 'precision ${baseline.precision}') } },
  { name: 'baseline and risks in the wrong order', files: { 'design-doc.ts': slip("    '## Baseline',", "    '## Risks',").replace("    '## Risks',\n    '',\n    ...(", "    '## Baseline',\n    '',\n    ...(") } },
  { name: 'only the first requirement', files: { 'design-doc.ts': slip('...inputs.requirements.map(', '...inputs.requirements.slice(0, 1).map(') } },
  { name: 'empty risk list leaves the section empty', files: { 'design-doc.ts': slip("['- None listed yet.']", '[]') } },
];

export default wrongAnswers;
