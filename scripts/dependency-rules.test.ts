import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyViolations } from './dependency-rules';

const root = fileURLToPath(new URL('..', import.meta.url));
const PARTS = ['project', 'src', 'exercises', 'scripts', 'tests'];

describe('the repository', () => {
  it('keeps every dependency rule (no cycle, project on its own, browser-safe project/src, runner without React, exercise imports)', async () => {
    const violations = await dependencyViolations(PARTS, root, join(root, 'tsconfig.json'));
    expect(violations, violations.join('\n')).toEqual([]);
  }, 60_000);
});

describe('each rule, on planted imports', () => {
  const site = mkdtempSync(join(tmpdir(), 'dependency-rules-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' } }));
  write('project/src/types.ts', 'export type Label = "spam" | "ham";\n');
  write('project/src/dates.ts', "import { repair } from './date-repairs';\nexport const read = () => repair();\n");
  write('project/src/date-repairs.ts', "import { read } from './dates';\nexport const repair = () => read;\n");
  write('project/src/rules.ts', "export { applyRules } from '../../exercises/product/04-rules/solution/rules';\n");
  write('project/src/files.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
  write('src/components/Editor.tsx', 'export default function Editor() { return null; }\n');
  write('src/runner/host.ts', "import Editor from '../components/Editor';\nexport const editor = Editor;\n");
  write('exercises/product/04-rules/solution/rules.ts', "import type { Label } from '../../../../project/src/types';\nexport const applyRules = (label: Label) => label;\n");
  write('exercises/product/04-rules/rules.test.ts', "import { applyRules } from './rules';\nimport { editor } from '../../../src/runner/host';\nexport const x = [applyRules, editor];\n");

  let violations: string[] = [];
  it('finds the planted violations', async () => {
    violations = await dependencyViolations(['project', 'src', 'exercises'], site, join(site, 'tsconfig.json'));
    expect(violations.length).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['a circular import', 'project/src/date-repairs.ts → project/src/dates.ts → project/src/date-repairs.ts: no-circular'],
    ['project/ importing exercises/', 'project/src/rules.ts → exercises/product/04-rules/solution/rules.ts: project-stands-alone'],
    ['project/src importing a Node module', 'project/src/files.ts → fs: project-src-runs-in-browsers'],
    ['the runner importing a React component', 'src/runner/host.ts → src/components/Editor.tsx: runner-without-react'],
    ['an exercise importing the runner', 'exercises/product/04-rules/rules.test.ts → src/runner/host.ts: exercise-imports'],
  ])('names the file and the rule for %s', (_, expected) => {
    expect(violations.some((line) => line.startsWith(expected)), `expected "${expected}" in:\n${violations.join('\n')}`).toBe(true);
  });

  it('accepts what an exercise may import: its own files and the project', () => {
    expect(violations.filter((line) => line.includes('rules.test.ts → ./rules') || line.includes('→ project/src/types.ts'))).toEqual([]);
  });
});
