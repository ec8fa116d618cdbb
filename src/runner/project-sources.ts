/**
 * Node only (build time and tests): the project's browser-safe sources, the files the runner
 * resolves `@project/*` into: every `project/src/**\/*.ts` except tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from './resolve';

const TEST_FILE = /\.test\.tsx?$/;

/** Sources keyed by their path from `root` with forward slashes (`project/src/parse.ts`). */
export function gatherProjectSources(root: string): Record<string, string> {
  const files = readdirSync(join(root, PROJECT_DIR), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.tsx?$/.test(file) && !TEST_FILE.test(file))
    .sort();
  return Object.fromEntries(files.map((file) => [`${PROJECT_DIR}${file}`, readFileSync(join(root, PROJECT_DIR, file), 'utf8')]));
}
