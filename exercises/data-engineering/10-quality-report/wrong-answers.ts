import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'quality.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'rows in the order the names first appear, not sorted', files: { 'quality.ts': slip('[...new Set(emails.map(nameOf))].sort()', '[...new Set(emails.map(nameOf))]') } },
  { name: 'counts the message each cluster kept as removed too', files: { 'quality.ts': slip('duplicates.clusters.flatMap((cluster) => cluster.removed)', 'duplicates.clusters.flatMap((cluster) => [cluster.kept, ...cluster.removed])') } },
  {
    name: 'searches every cluster for every message (one scan per message)',
    files: {
      'quality.ts': slip(
        'const removed = new Set(duplicates.clusters.flatMap((cluster) => cluster.removed));',
        'const removed = new Set(emails.filter((email) => duplicates.clusters.some((cluster) => cluster.removed.includes(email.id))).map((email) => email.id));',
      ),
    },
  },
  { name: 'a missing Date header also counts as unparseable', files: { 'quality.ts': slip('      audit.missing++;\n      continue;', '      audit.missing++;') } },
  { name: 'repair kinds in the order they were met (the report changes with the input order)', files: { 'quality.ts': slip('audit.repaired = tally(repairs);', 'for (const fix of repairs) audit.repaired[fix] = (audit.repaired[fix] ?? 0) + 1;') } },
  {
    name: 'its own period check, which leaves out the first second of the period',
    files: { 'quality.ts': slip('if (!isWithin(sent.time, period)) audit.outsidePeriod++;', 'if (!(sent.time > Date.parse(period.from) && sent.time < Date.parse(period.to))) audit.outsidePeriod++;') },
  },
];

export default wrongAnswers;
