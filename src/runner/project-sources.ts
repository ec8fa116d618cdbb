/**
 * Node only (build time and tests): gathers the project's browser-safe sources, the files the
 * runner resolves `@project/*` into: every `project/src/**\/*.ts` except tests, plus any file
 * outside it they import relatively (a carved module re-exports its exercise's solution).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PROJECT_DIR } from './resolve';

const TEST_FILE = /\.test\.tsx?$/;
const RELATIVE_IMPORT = /(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.json', '/index.ts', '/index.tsx', '/index.js'];

/** Sources keyed by their path from `root` with forward slashes (`project/src/parse.ts`). */
export function gatherProjectSources(root: string): Record<string, string> {
  const sources: Record<string, string> = {};
  const key = (path: string) => relative(root, path).split(sep).join('/');
  const add = (path: string) => {
    const name = key(path);
    if (Object.hasOwn(sources, name) || name.startsWith('..')) return;
    const source = readFileSync(path, 'utf8');
    sources[name] = source;
    for (const match of source.matchAll(RELATIVE_IMPORT)) {
      const base = join(dirname(path), match[1]);
      const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found && !TEST_FILE.test(found)) add(found);
    }
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !TEST_FILE.test(name)) add(path);
    }
  };
  const projectDir = join(root, PROJECT_DIR);
  if (existsSync(projectDir)) walk(projectDir);
  return sources;
}
