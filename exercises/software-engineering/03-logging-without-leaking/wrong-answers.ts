import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'logging.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'spreads the whole entry (a denylist of nothing)', files: { 'logging.ts': slip('for (const field of FIELDS[entry.event]) line[field] = fields[field];', 'Object.assign(line, entry);') } },
  { name: 'no rounding of the latency', files: { 'logging.ts': slip('line.latencyMs = Math.round(entry.latencyMs * 1000) / 1000;', '') } },
  { name: 'rounds to whole milliseconds', files: { 'logging.ts': slip('Math.round(entry.latencyMs * 1000) / 1000', 'Math.round(entry.latencyMs)') } },
  { name: 'the same level for every event', files: { 'logging.ts': slip('level: LEVELS[entry.event]', "level: 'info'") } },
  { name: 'time as a number', files: { 'logging.ts': slip('time: time.toISOString()', 'time: time.getTime()') } },
];

export default wrongAnswers;
