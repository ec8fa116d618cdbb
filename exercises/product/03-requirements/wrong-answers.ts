import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'requirements.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a value at its limit counts as broken (>= instead of >)', files: { 'requirements.ts': slip('!(value <= limit)', '!(value < limit)') } },
  { name: 'a missing measurement counts as broken', files: { 'requirements.ts': slip('value !== undefined && !(value <= limit)', '!((value ?? Infinity) <= limit)') } },
  { name: 'ignores the limits passed in', files: { 'requirements.ts': slip('const limit = limits[requirement];', 'const limit = requirements[requirement];') } },
  { name: 'stops at the first violation', files: { 'requirements.ts': slip('violations.push({ requirement, limit, measured: value });', 'return [{ requirement, limit, measured: value }];') } },
  { name: 'a NaN measurement passes, since NaN > limit is false', files: { 'requirements.ts': slip('value !== undefined && !(value <= limit)', 'value !== undefined && value > limit') } },
  { name: 'skips falsy measurements, NaN among them', files: { 'requirements.ts': slip('value !== undefined && !(value <= limit)', 'value && value > limit') } },
];

export default wrongAnswers;
