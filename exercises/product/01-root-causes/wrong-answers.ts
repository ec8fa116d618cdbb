import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'diagnose.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'compares sign-ups with the first week', files: { 'diagnose.ts': slip('fires(cause, week, weeks[i - 1])', 'fires(cause, week, i === 0 ? undefined : weeks[0])') } },
  { name: 'keeps the fixed order of causes instead of the earliest first', files: { 'diagnose.ts': slip('return suspects.sort((a, b) => order(a) - order(b));', 'void order;\n  return suspects;') } },
  { name: 'reports the last week a cause fired', files: { 'diagnose.ts': slip('weeks.findIndex((week, i) => fires(', 'weeks.findLastIndex((week, i) => fires(') } },
  { name: 'limits taken as "at least" (>=) instead of "more than"', files: { 'diagnose.ts': slip('week.modelAgeDays > LIMITS', 'week.modelAgeDays >= LIMITS').replace('week.signups > LIMITS', 'week.signups >= LIMITS') } },
  { name: 'sorts the suspects by the text of the week label', files: { 'diagnose.ts': slip('return suspects.sort((a, b) => order(a) - order(b));', 'void order;\n  return suspects.sort((a, b) => a.since.localeCompare(b.since));') } },
  { name: 'a fall in sign-ups counts as a product change', files: { 'diagnose.ts': slip('week.signups > LIMITS.signupJump * previous.signups', 'Math.abs(week.signups - previous.signups) > (LIMITS.signupJump - 1) * previous.signups') } },
  { name: "compares reports collected with the week before's clicks", files: { 'diagnose.ts': slip('LIMITS.minCollectedShare * week.reportClicks', 'LIMITS.minCollectedShare * (previous ?? week).reportClicks') } },
];

export default wrongAnswers;
