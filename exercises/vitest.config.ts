/**
 * Runs exercise tests in Node. A test at `exercises/<chapter>/<NN-slug>/x.test.ts` imports
 * `./rules`; this config resolves that import into the exercise's `problem/` folder (default:
 * what a workshop learner edits) or `solution/` (`EXERCISE_TARGET=solution`), or into any
 * folder given per exercise in `EXERCISE_SOURCES` (JSON: id → folder), which the checks use to
 * run plausible wrong answers.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercisesDir = join(root, 'exercises');
const target = process.env.EXERCISE_TARGET ?? 'problem';
const sources: Record<string, string> = JSON.parse(process.env.EXERCISE_SOURCES ?? '{}');

if (target !== 'problem' && target !== 'solution') {
  throw new Error(`EXERCISE_TARGET must be "problem" or "solution", not "${target}"`);
}

function exerciseSources(): Plugin {
  return {
    name: 'exercise-sources',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('./')) return null;
      // Only imports made by a test file at the root of an exercise folder.
      const parts = relative(exercisesDir, importer).split(sep);
      if (parts.length !== 3 || parts[0].startsWith('..') || !/\.test\.tsx?$/.test(parts[2])) return null;
      const id = `${parts[0]}/${parts[1]}`;
      const dir = sources[id] ?? join(exercisesDir, id, target);
      const resolved = await this.resolve(join(dir, source), importer, { skipSelf: true });
      if (!resolved) throw new Error(`${id}: ${parts[2]} imports "${source}", which ${dir} does not have`);
      return resolved;
    },
  };
}

export default defineConfig({
  root,
  plugins: [exerciseSources()],
  resolve: {
    alias: [
      { find: '@project', replacement: join(root, 'project', 'src') },
      // `import sample from 'dataset:sample'`: the browser runner hands in /data/sample.json; here it is the pipeline's file.
      { find: /^dataset:([a-z0-9][a-z0-9-]*)$/, replacement: join(root, 'generated', 'public', 'data', '$1.json') },
    ],
  },
  test: {
    include: ['exercises/*/*/*.test.ts'],
    exclude: ['exercises/*.check.test.ts'],
    testTimeout: 10_000,
  },
});
