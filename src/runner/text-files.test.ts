import { describe, expect, it } from 'vitest';
import { loadBundlesInProcess } from './libraries-in-process';
import type { RunEvent } from './protocol';
import { reachableProjectSources } from './project-sources';
import { runTests } from './run-tests';
import { isTextFile } from './text-files';

describe('files that are not code', () => {
  it('are whatever is not TypeScript, JavaScript or JSON', () => {
    expect(['Dockerfile', '.dockerignore', 'ci.yml', 'notes.md', 'docker/api.Dockerfile'].filter(isTextFile)).toHaveLength(5);
    expect(['rules.ts', 'view.tsx', 'data.json', 'old.js'].filter(isTextFile)).toEqual([]);
  });

  it('are imported as their text, the default export, by the runner', async () => {
    const dockerfile = 'FROM node:20 AS build\n# `import` and {braces} are not code here\nUSER node\n';
    const files = {
      Dockerfile: dockerfile,
      '.dockerignore': '*\n!package.json\n',
      'read.ts': "import text from './Dockerfile';\nexport const lines = text.split('\\n').length;",
      'text.test.ts': [
        "import { expect, it } from 'vitest';",
        "import text from './Dockerfile';",
        "import ignore from './.dockerignore';",
        "import { lines } from './read';",
        `it('reads the text', () => { expect(text).toBe(${JSON.stringify(dockerfile)}); expect(ignore.startsWith('*')).toBe(true); expect(lines).toBe(4); });`,
      ].join('\n'),
    };
    const events: RunEvent[] = [];
    const outcome = await runTests({ files, testFiles: ['text.test.ts'] }, { loadBundles: loadBundlesInProcess }, (event) => events.push(event));
    expect(events.filter((event) => event.type === 'test')).toMatchObject([{ name: 'reads the text', status: 'pass' }]);
    expect(outcome).toMatchObject({ status: 'finished', passed: 1, failed: 0 });
  });

  it('are not compiled when the build gathers what an exercise reaches', () => {
    const project = { 'project/src/rules.ts': 'export const rules = [];', 'project/src/parse.ts': 'export const parse = 1;' };
    // Text that would parse as code, with an import: it must not pull a project module in.
    const files = { 'notes.txt': "import '@project/parse';\n", 'check.ts': "import { rules } from '@project/rules';\nexport const n = rules.length;" };
    expect(Object.keys(reachableProjectSources(project, [files]))).toEqual(['project/src/rules.ts']);
  });
});
