/**
 * Runs exercise tests against the learner's copies, with the course's own Node config
 * (`exercises/vitest.config.ts`): `EXERCISE_SOURCES` points each exercise's `./file` imports at
 * the workspace, and the progress reporter records what passes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exerciseDir, type Workspace } from './workspace';

export function spawnTests(workspace: Workspace, ids: string[], mode: 'watch' | 'run'): ChildProcess {
  const reporter = fileURLToPath(new URL('progress-reporter.ts', import.meta.url));
  const reporters = mode === 'watch' ? ['--reporter=default', `--reporter=${reporter}`] : [`--reporter=${reporter}`];
  return spawn(
    process.execPath,
    [join(workspace.root, 'node_modules', 'vitest', 'vitest.mjs'), mode, '--config', 'exercises/vitest.config.ts', ...reporters, ...ids.map((id) => `exercises/${id}/`)],
    {
      cwd: workspace.root,
      stdio: mode === 'watch' ? 'inherit' : ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        EXERCISE_WORKSPACE: workspace.dir,
        EXERCISE_SOURCES: JSON.stringify(Object.fromEntries(ids.map((id) => [id, exerciseDir(workspace, id)]))),
      },
    },
  );
}

/** Runs the tests of `ids` once; resolves when the results are recorded. */
export function runTestsOnce(workspace: Workspace, ids: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTests(workspace, ids, 'run');
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // vitest exits 1 when a test fails, which is a result, not an error; no report is one.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`the test run failed (exit ${code}):\n${stderr}`))));
  });
}
