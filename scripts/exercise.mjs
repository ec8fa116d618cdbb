// `npm run exercise -- <chapter>/<NN-slug>`: the workshop loop. Runs that exercise's tests in
// watch mode against its problem/ files, which the learner edits in their own editor.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const exercisesDir = join(root, 'exercises');

function exerciseIds() {
  return readdirSync(exercisesDir)
    .filter((chapter) => statSync(join(exercisesDir, chapter)).isDirectory())
    .flatMap((chapter) =>
      readdirSync(join(exercisesDir, chapter))
        .filter((name) => existsSync(join(exercisesDir, chapter, name, 'exercise.json')))
        .map((name) => `${chapter}/${name}`),
    )
    .sort();
}

const [id, ...rest] = process.argv.slice(2);
const ids = exerciseIds();
if (!id || rest.length > 0 || !ids.includes(id)) {
  console.error(`${id ? `No exercise "${[id, ...rest].join(' ')}".\n\n` : ''}Usage: npm run exercise -- <chapter>/<NN-slug>

Runs the exercise's tests against exercises/<id>/problem/ and re-runs them on every save.

Exercises:
${ids.map((known) => `  ${known}`).join('\n')}`);
  process.exit(2);
}

console.log(`Edit exercises/${id}/problem/ in your editor; the tests re-run on every save. Ctrl+C to stop.\n`);
const vitest = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'watch', '--config', 'exercises/vitest.config.ts', `exercises/${id}/`], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, EXERCISE_TARGET: 'problem' },
});
vitest.on('exit', (code) => process.exit(code ?? 0));
