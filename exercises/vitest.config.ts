/**
 * Runs exercise tests in Node. A test at `exercises/<chapter>/<NN-slug>/x.test.ts` imports
 * `./rules`; this config resolves that import into the exercise's `problem/` folder (default:
 * what a workshop learner edits), into its reference answer (`EXERCISE_TARGET=solution`: the
 * project module the exercise provides, else its `solution/` file), or into any folder given
 * per exercise in `EXERCISE_SOURCES` (JSON: id → folder), which the checks use to run
 * plausible wrong answers. A file that is not code (`./Dockerfile`) is imported as its text, as
 * the browser runner does (src/runner/text-files.ts), through Vite's `?raw`.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { solutionPathsOf } from '../src/plugins/exercises/load-exercises';
import { exerciseMetaSchema } from '../src/plugins/exercises/schema';
import { isTextFile } from '../src/runner/text-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercisesDir = join(root, 'exercises');
const target = process.env.EXERCISE_TARGET ?? 'problem';
const sources: Record<string, string> = JSON.parse(process.env.EXERCISE_SOURCES ?? '{}');
// One exercise's tests only (mutation testing runs them alone), e.g. `product/04-rules-baseline`.
const only = process.env.EXERCISE_ONLY;

if (target !== 'problem' && target !== 'solution') {
  throw new Error(`EXERCISE_TARGET must be "problem" or "solution", not "${target}"`);
}

function exerciseSources(): Plugin {
  return {
    name: 'exercise-sources',
    enforce: 'pre',
    configureServer(server) {
      // Watch mode sees only the repository; a learner's copies may live elsewhere (EXERCISE_WORKSPACE).
      server.watcher.add(Object.values(sources));
    },
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('./')) return null;
      // Only imports made by a test file at the root of an exercise folder.
      const parts = relative(exercisesDir, importer).split(sep);
      if (parts.length !== 3 || parts[0].startsWith('..') || !/\.test\.tsx?$/.test(parts[2])) return null;
      const id = `${parts[0]}/${parts[1]}`;
      const problemDir = join(exercisesDir, id, 'problem');
      const dir = sources[id] ?? problemDir;
      const resolved = await this.resolve(join(dir, source), importer, { skipSelf: true });
      if (!resolved) throw new Error(`${id}: ${parts[2]} imports "${source}", which ${dir} does not have`);
      const asText = (path: string) => (isTextFile(path) ? `${path}?raw` : path);
      if (sources[id] || target === 'problem') return asText(resolved.id);
      const file = relative(problemDir, resolved.id).split(sep).join('/');
      const meta = exerciseMetaSchema.parse(JSON.parse(readFileSync(join(exercisesDir, id, 'exercise.json'), 'utf8')));
      return asText(solutionPathsOf(join(exercisesDir, id), meta, [file], join(root, 'project'))[file]);
    },
  };
}

/**
 * What the browser runner hands in, resolved the same way in Node: `dataset:<name>` is the
 * pipeline's `generated/public/data/<name>.json`; `course:display` shows nothing here (tables and
 * charts are for the page), but its calls must still work.
 */
function courseModules(): Plugin {
  const display = '\0course:display';
  return {
    name: 'course-modules',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'course:display') return display;
      if (source.startsWith('dataset:')) return join(root, 'generated', 'public', 'data', `${source.slice('dataset:'.length)}.json`);
      return null;
    },
    load(id) {
      if (id === display) return 'export function showTable() {}\nexport function showPlot() {}\nexport function showMarkdown() {}\nexport function saveOutput() {}\n';
      return null;
    },
  };
}

export default defineConfig({
  root,
  plugins: [exerciseSources(), courseModules()],
  // Answers laid in from another folder (wrong answers, in a temporary one) import the libraries
  // from the repository's node_modules: `dedupe` resolves the inlined parser from the root.
  resolve: { alias: { '@project': join(root, 'project', 'src') }, dedupe: ['@actions/workflow-parser'] },
  test: {
    include: [only ? `exercises/${only}/*.test.ts` : 'exercises/*/*/*.test.ts'],
    exclude: ['exercises/*.check.test.ts'],
    testTimeout: 10_000,
    // The workflow parser imports its JSON schema without an import attribute, which Node refuses.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
