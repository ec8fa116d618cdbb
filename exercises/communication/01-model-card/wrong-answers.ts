import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'model-card.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'the verdict ignores the interval: a rate under the limit is "met"', files: { 'model-card.ts': slip("measured.high > limit ? 'not yet shown' : 'met'", "'met'") } },
  { name: 'an interval ending exactly at the limit counts as reaching above it', files: { 'model-card.ts': slip('measured.high > limit', 'measured.high >= limit') } },
  { name: 'a rate over nothing is 0, not an error', files: { 'model-card.ts': slip('  if (of === 0) throw', '  if (of === 0) return { count, of, rate: 0, low: 0, high: 1 };\n  if (of < 0) throw') } },
  { name: 'groups sorted by name only', files: { 'model-card.ts': slip("(a.label === b.label ? a.group.localeCompare(b.group, 'en') : a.label === 'ham' ? -1 : 1)", "a.group.localeCompare(b.group, 'en')") } },
  { name: 'groups without messages kept', files: { 'model-card.ts': slip('.filter((group) => group.messages > 0)', '') } },
  { name: 'the interval end printed with two decimals, reading like the limit', files: { 'model-card.ts': slip('to ${percentApart(flagged.high, flagged.limit)}', 'to ${percent(flagged.high)}') } },
  { name: 'latency at its limit counted as not met', files: { 'model-card.ts': slip('measured.latencyP99Ms <= requirements.latencyP99Ms', 'measured.latencyP99Ms < requirements.latencyP99Ms') } },
];

export default wrongAnswers;
