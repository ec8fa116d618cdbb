/**
 * A vitest reporter the workshop command adds to its runs: after each run (and each re-run in
 * watch mode) it records, in the workspace's progress file, which exercises pass.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { openWorkspace, recordRun, type Workspace } from './workspace';

export default class WorkspaceProgressReporter implements Reporter {
  private readonly workspace: Workspace;
  /** Test file → it passed on its latest run; watch mode re-runs only some files. */
  private readonly latest = new Map<string, boolean>();

  constructor() {
    const dir = process.env.EXERCISE_WORKSPACE;
    if (!dir) throw new Error('EXERCISE_WORKSPACE is not set: this reporter runs under `npm run exercise`');
    this.workspace = openWorkspace(fileURLToPath(new URL('../..', import.meta.url)), dir);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const exercisesDir = join(this.workspace.root, 'exercises');
    const ran = new Set<string>();
    for (const module of testModules) {
      const passed = module.state() === 'passed' && [...module.children.allTests('passed')].length > 0;
      this.latest.set(module.moduleId, passed);
      ran.add(relative(exercisesDir, module.moduleId).split(sep).slice(0, 2).join('/'));
    }
    const results: Record<string, boolean> = {};
    for (const exercise of this.workspace.exercises) {
      if (!ran.has(exercise.id)) continue;
      results[exercise.id] = Object.keys(exercise.testFiles).every((file) => this.latest.get(join(exercise.dir, file)) === true);
    }
    recordRun(this.workspace, results);
  }
}
