import { describe, expect, it } from 'vitest';
import { reachableProjectSources } from './project-sources';

const project = {
  'project/src/parse.ts': "import { split } from './split';\nexport const parse = (s: string) => split(s);",
  'project/src/split.ts': "import type { Row } from './types';\nexport const split = (s: string): Row[] => s.split(',');",
  'project/src/types.ts': 'export type Row = string;',
  'project/src/model.ts': "export const model = 1;",
};

describe('the project sources an exercise can reach', () => {
  it('follows @project imports and the project modules’ own imports, and nothing else', () => {
    const starter = { 'mine.ts': "import { parse } from '@project/parse';\nexport const mine = parse;" };
    expect(Object.keys(reachableProjectSources(project, [starter]))).toEqual(['project/src/parse.ts', 'project/src/split.ts']);
  });

  it('includes what any version of the files imports, and skips imports that cannot resolve', () => {
    const starter = { 'mine.ts': "import { nope } from '@project/nope';\nexport const mine = 1;" };
    const answer = { 'mine.ts': "import { model } from '@project/model';\nexport const mine = model;" };
    expect(Object.keys(reachableProjectSources(project, [starter, answer]))).toEqual(['project/src/model.ts']);
  });

  it('reaches nothing from code that imports no project module, or does not parse yet', () => {
    expect(reachableProjectSources(project, [{ 'a.ts': 'export const a = 1;', 'b.ts': 'export const = ;' }])).toEqual({});
  });
});
