import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'time-split.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'never sorts by date', files: { 'time-split.ts': slip('.filter((email) => email.date !== null).sort(byDateThenId)', '.filter((email) => email.date !== null)') } },
  { name: 'validation taken from the start of the training period', files: { 'time-split.ts': slip('const [train, validation] = cut(training, fractions.validation);', 'const [validation, train] = cut(training, 1 - fractions.validation);') } },
  { name: 'ignores the validation set when looking for the newest training date', files: { 'time-split.ts': slip('[...split.train, ...split.validation].flatMap', '[...split.train].flatMap') } },
  { name: 'a cluster counts if any member is in test', files: { 'time-split.ts': slip('.size > 1);', ".size > 0 && ids.some((id) => partOf.get(id) === 'test'));") } },
  { name: 'takes the last training message for the newest (assumes the parts are sorted)', files: { 'time-split.ts': slip("const newestTraining = trainingDates.reduce((newest, date) => (date > newest ? date : newest), '');", "const newestTraining = trainingDates.at(-1) ?? '';") } },
  { name: 'sorts by date only: messages of the same second stay in input order', files: { 'time-split.ts': slip('.sort(byDateThenId)', '.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))') } },
  { name: 'sorts the caller’s array in place', files: { 'time-split.ts': slip('const dated = emails.filter((email) => email.date !== null).sort(byDateThenId);', 'const dated = emails.sort(byDateThenId).filter((email) => email.date !== null);') } },
  { name: 'an undated training message counts as the newest', files: { 'time-split.ts': slip('(email.date === null ? [] : [email.date])', "[email.date ?? '9999']") } },
  {
    name: 'counts straddling pairs instead of clusters',
    files: {
      'time-split.ts': slip(
        'const straddling = clusters.filter((ids) => new Set(ids.flatMap((id) => partOf.get(id) ?? [])).size > 1);',
        'const straddling = clusters.flatMap((ids) => {\n    const parts = ids.flatMap((id) => partOf.get(id) ?? []);\n    return parts.flatMap((part, i) => parts.slice(i + 1).filter((other) => other !== part).map(() => ids));\n  });',
      ),
    },
  },
  {
    name: 'searches the parts for every id (one scan per look-up)',
    files: {
      'time-split.ts': slip(
        "  const partOf = new Map<string, string>();\n  for (const part of ['train', 'validation', 'test'] as const) for (const email of split[part]) partOf.set(email.id, part);",
        "  const partOf = { get: (id: string) => (['train', 'validation', 'test'] as const).find((part) => split[part].some((email) => email.id === id)) };",
      ),
    },
  },
];

export default wrongAnswers;
