// `npm run mutation [-- <exercise id>…]`: mutation testing of every exercise (or those named).
// For each exercise, StrykerJS mutates the lines of its answer that the learner writes (the
// project module it provides, or its own solution/ file) and runs that exercise's tests only,
// against each mutant. A mutant no test notices either wants a better test or is listed, with a
// reason, in the exercise's equivalent-mutants.json. Writes generated/mutation/<id>.json (score,
// counts, each survivor's diff) and prints a table; exits 1 when an exercise is under the bar.
// Stryker's incremental mode keeps results in generated/mutation/ so that a change to one
// exercise re-tests only it (a clean checkout, as in CI, tests all of them).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { loadExercises, type LoadedExercise } from '../src/plugins/exercises/load-exercises';
import {
  EQUIVALENTS_FILE,
  equivalentMutantsSchema,
  MUTATION_BAR,
  scoreMutants,
  textAt,
  writtenLineRanges,
  type EquivalentMutant,
  type MutationScore,
  type SurvivingMutant,
} from './mutation-score';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'generated', 'mutation');
const path = (file: string) => relative(root, file).split('\\').join('/');

/** `project/src/rules.ts:63-65` for every run of lines the learner writes in each answer file. */
function mutateRanges(exercise: LoadedExercise): string[] {
  return Object.entries(exercise.solutionPaths)
    .filter(([file]) => /\.tsx?$/.test(file) && !exercise.meta.files.readOnly.includes(file))
    .flatMap(([file, answer]) => writtenLineRanges(exercise.problemFiles[file], exercise.solutionFiles[file]).map(([from, to]) => `${path(answer)}:${from}-${to}`));
}

function readEquivalents(exercise: LoadedExercise): EquivalentMutant[] {
  const file = join(exercise.dir, EQUIVALENTS_FILE);
  if (!existsSync(file)) return [];
  const parsed = equivalentMutantsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`exercises/${exercise.id}/${EQUIVALENTS_FILE}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

interface Report extends Omit<MutationScore, 'unexplained'> {
  id: string;
  seconds: number;
  survivors: (SurvivingMutant & { diff: string })[];
}

async function mutate(exercise: LoadedExercise): Promise<Report> {
  const started = performance.now();
  const ranges = mutateRanges(exercise);
  const equivalents = readEquivalents(exercise);
  // The exercise config resolves `./rules` to the answer and runs this exercise's tests only.
  process.env.EXERCISE_TARGET = 'solution';
  process.env.EXERCISE_ONLY = exercise.id;
  // Settings shared by every exercise are in stryker.config.mjs.
  const stryker = new Stryker({
    mutate: ranges,
    concurrency: Math.max(1, availableParallelism()),
    incremental: true,
    incrementalFile: path(join(outDir, exercise.id, 'stryker-incremental.json')),
    jsonReporter: { fileName: path(join(outDir, exercise.id, 'stryker-report.json')) },
  });
  const results = ranges.length === 0 ? [] : await stryker.runMutationTest();

  const sources = new Map<string, string>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
    return sources.get(file)!;
  };
  const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  const survivors: Report['survivors'] = [];
  for (const result of results) {
    if (result.status === 'Killed') counts.killed++;
    else if (result.status === 'Timeout') counts.timeout++;
    else if (result.status === 'Survived' || result.status === 'NoCoverage') {
      if (result.status === 'Survived') counts.survived++;
      else counts.noCoverage++;
      const file = resolve(root, result.fileName);
      const text = source(file);
      const { start, end } = result.location;
      const line = text.split('\n')[start.line - 1];
      const mutatedLine = `${line.slice(0, start.column - 1)}${result.replacement}${start.line === end.line ? line.slice(end.column - 1) : ''}`;
      survivors.push({
        mutator: result.mutatorName,
        original: textAt(text, start, end),
        replacement: result.replacement,
        line: start.line,
        diff: `${path(file)}:${start.line}\n- ${line.trim()}\n+ ${mutatedLine.trim()}`,
      });
    }
  }
  const { unexplained, ...score } = scoreMutants(counts, survivors, equivalents);
  const unexplainedKeys = new Set(unexplained);
  return {
    id: exercise.id,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    ...score,
    survivors: survivors.filter((survivor) => unexplainedKeys.has(survivor)),
  };
}

const requested = process.argv.slice(2);
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
const unknown = requested.filter((id) => !exercises.some((exercise) => exercise.id === id));
if (unknown.length > 0) {
  console.error(`No exercise ${unknown.map((id) => `"${id}"`).join(', ')}. Exercises: ${exercises.map((exercise) => exercise.id).join(', ')}`);
  process.exit(2);
}
const selected = requested.length > 0 ? exercises.filter((exercise) => requested.includes(exercise.id)) : exercises;

rmSync(join(outDir, 'summary.json'), { force: true });
const reports: Report[] = [];
for (const exercise of selected) {
  const report = await mutate(exercise);
  mkdirSync(join(outDir, exercise.id, '..'), { recursive: true });
  writeFileSync(join(outDir, `${exercise.id}.json`), `${JSON.stringify(report, null, 2)}\n`);
  reports.push(report);
  const percent = (report.score * 100).toFixed(1).padStart(5);
  console.log(`${percent}%  ${exercise.id}  (${report.killed + report.timeout} of ${report.mutants - report.equivalent} mutants killed, ${report.equivalent} equivalent, ${report.seconds} s)`);
  for (const survivor of report.survivors) console.log(`         survived ${survivor.mutator}: ${survivor.diff.replace(/\n/g, '\n         ')}`);
  for (const stale of report.staleEquivalents) console.log(`         listed as equivalent but did not survive: ${stale.mutator} "${stale.original}" → "${stale.replacement}"`);
}

const failing = reports.filter((report) => report.score < MUTATION_BAR || report.staleEquivalents.length > 0);
const total = reports.reduce((sum, report) => sum + report.seconds, 0);
// What `npm test` counts: one check per exercise.
writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify({ passed: reports.length - failing.length, failed: failing.length, seconds: Math.round(total) })}\n`);
console.log(`\nmutation: ${reports.length - failing.length} of ${reports.length} exercises at or above ${MUTATION_BAR * 100}% (${total.toFixed(0)} s); reports in generated/mutation/`);
if (failing.length > 0) {
  console.error(`Under the bar or with a stale ${EQUIVALENTS_FILE}: ${failing.map((report) => report.id).join(', ')}`);
  process.exit(1);
}
