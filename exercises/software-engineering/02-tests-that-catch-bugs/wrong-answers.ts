import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'my-tests.ts');

/** Test suites the course must not accept (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'expects ham at the threshold (a promise SpamFilter never made)', files: { 'my-tests.ts': slip("expect(filter.classify(email('cash')).label).toBe('spam');", "expect(filter.classify(email('cash')).label).toBe('ham');") } },
  { name: 'checks the labels only, never the order of the reasons', files: { 'my-tests.ts': slip("expect(reasons.map((reason) => reason.token)).toEqual(['meeting', 'cash', 'prize']);", 'expect(reasons.length).toBe(3);') } },
  { name: 'tests the size limit with ASCII only', files: { 'my-tests.ts': slip("email('big', 'é'.repeat(27))", "email('big', 'e'.repeat(60))") } },
  { name: 'a blank message tested as the empty string', files: { 'my-tests.ts': slip(".classify(' \\r\\n\\t ')", ".classify('')") } },
  { name: 'looks at the logs without a logger to collect them', files: { 'my-tests.ts': slip('{ logger: (entry) => logged.push(entry) }', '{}') } },
  { name: 'two checks with the same name', files: { 'my-tests.ts': slip("name: 'a blank message is refused as empty'", "name: 'a score exactly at the threshold is spam'") } },
];

export default wrongAnswers;
