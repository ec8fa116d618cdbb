import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'override-monitor.ts');
const chartSlip = solutionSlips(import.meta.url, 'weekly-chart.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'weeks taken in the order given', files: { 'override-monitor.ts': slip('const ordered = [...counts].sort((a, b) => a.week - b.week);', 'const ordered = [...counts];') } },
  { name: 'the run is not reset by an ordinary week', files: { 'override-monitor.ts': slip("run = versusBaseline === 'higher' ? run + 1 : 0;", "run = versusBaseline === 'higher' ? run + 1 : run;") } },
  { name: 'acting at the last run, not the first', files: { 'override-monitor.ts': slip('if (run >= consecutive && actAt === null) actAt = week.week;', 'if (run >= consecutive) actAt = week.week;') } },
  { name: 'a week above the baseline’s interval counts, without the interval of the difference', files: { 'override-monitor.ts': slip('const versusBaseline = compareRates(rate, baseline).verdict;', "const versusBaseline = rate.rate > baseline.high ? 'higher' : rate.rate < baseline.low ? 'lower' : 'cannot tell';") } },
  { name: 'the baseline pooled over every week, the changed ones too', files: { 'override-monitor.ts': slip('const first = ordered.slice(0, baselineWeeks);', 'const first = ordered;') } },
  { name: 'the chart’s intervals drawn from the rate up only', files: { 'weekly-chart.ts': chartSlip("y1: 'low', y2: 'high'", "y1: 'rate', y2: 'high'") } },
];

export default wrongAnswers;
