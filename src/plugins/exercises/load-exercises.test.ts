import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExercises, toExerciseData } from './load-exercises';
import remarkExerciseEmbeds from './remark-exercise-embeds';

let site: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
const meta = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: 'Count links',
    goal: 'Write the function that counts links.',
    minutes: 10,
    hints: ['one', 'two'],
    files: { active: 'links.ts', visible: ['links.ts', 'links.test.ts'] },
    ...overrides,
  });

function writeExercise(id: string, json = meta()) {
  write(`exercises/${id}/exercise.json`, json);
  write(`exercises/${id}/problem/links.ts`, 'export const n = 0;');
  write(`exercises/${id}/solution/links.ts`, 'export const n = 1;');
  write(`exercises/${id}/links.test.ts`, "import { n } from './links';");
}

const load = () => loadExercises(join(site, 'exercises'), join(site, 'project'));

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'exercise-format-'));
  mkdirSync(join(site, 'project', 'src'), { recursive: true });
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('loadExercises', () => {
  it('loads a valid exercise into the data a page embeds', () => {
    writeExercise('intro/01-links');
    const [exercise] = load();
    expect(toExerciseData(exercise, [exercise])).toMatchObject({
      id: 'intro/01-links',
      activeFile: 'links.ts',
      testFiles: ['links.test.ts'],
      files: { 'links.ts': { readOnly: false, visible: true }, 'links.test.ts': { readOnly: true, visible: true } },
      solution: { 'links.ts': 'export const n = 1;' },
    });
  });

  it('names the folder and the field of a malformed exercise', () => {
    writeExercise('intro/01-links', meta({ hints: ['only one'] }));
    expect(load).toThrow('exercises/intro/01-links: hints: at least 2 hints');
  });

  it('rejects unknown fields, so a typo does not go unnoticed', () => {
    writeExercise('intro/01-links', meta({ hint: ['a', 'b'] }));
    expect(load).toThrow(/exercises\/intro\/01-links: .*hint/);
  });

  it('checks that files exist and the first tab is editable', () => {
    writeExercise('intro/01-links', meta({ files: { active: 'nope.ts', visible: ['links.ts'], readOnly: ['links.ts'] } }));
    expect(load).toThrow(/files\.active: "nope\.ts" is not in problem\//);
  });

  it('requires an answer in solution/ for every editable file that is not a project module', () => {
    writeExercise('intro/01-links');
    write('exercises/intro/01-links/problem/extra.ts', '');
    expect(load).toThrow('exercises/intro/01-links: solution/: "extra.ts" is missing');
  });

  it('keeps a read-only support file once, in problem/', () => {
    writeExercise('intro/01-links', meta({ files: { active: 'links.ts', visible: ['links.ts', 'email.ts'], readOnly: ['email.ts'] } }));
    write('exercises/intro/01-links/problem/email.ts', 'export const email = 1;');
    expect(load()[0].solutionFiles['email.ts'], 'the answer reads the support file from problem/').toBe('export const email = 1;');
    write('exercises/intro/01-links/solution/email.ts', 'export const email = 1;');
    expect(load).toThrow('exercises/intro/01-links: solution/: "email.ts" is read-only, so it exists once, in problem/');
  });

  it('takes files that are not code, like a Dockerfile, with their answers in solution/', () => {
    writeExercise('devops/01-image', meta({ files: { active: 'Dockerfile', visible: ['Dockerfile', '.dockerignore', 'links.ts', 'links.test.ts'] } }));
    write('exercises/devops/01-image/problem/Dockerfile', 'FROM node:latest\n');
    write('exercises/devops/01-image/solution/Dockerfile', 'FROM node:20@sha256:abc\n');
    write('exercises/devops/01-image/problem/.dockerignore', '');
    write('exercises/devops/01-image/solution/.dockerignore', '*\n');
    const [exercise] = load();
    expect(toExerciseData(exercise, [exercise])).toMatchObject({
      activeFile: 'Dockerfile',
      tabs: ['Dockerfile', '.dockerignore', 'links.ts', 'links.test.ts'],
      solution: { Dockerfile: 'FROM node:20@sha256:abc\n', '.dockerignore': '*\n' },
    });
  });

  it('refuses file names that climb out of the folder', () => {
    writeExercise('intro/01-links', meta({ files: { active: 'links.ts', visible: ['links.ts', '../Dockerfile'] } }));
    expect(load).toThrow(/files\.visible\.1: a file name inside problem\//);
  });

  it('requires the modules an exercise imports to exist in the project', () => {
    writeExercise('intro/01-links', meta({ modules: ['parse'] }));
    expect(load).toThrow('exercises/intro/01-links: modules[0]: project/src/parse.ts does not exist');
  });

  it('takes the answer of a provided module from the project, imports written for an exercise', () => {
    write('project/src/links.ts', "import type { Email } from './types';\nexport { n } from \"./count\";\nexport const m = import('./lazy');");
    writeExercise('intro/01-links', meta({ provides: { links: 'links.ts' } }));
    rmSync(join(site, 'exercises/intro/01-links/solution'), { recursive: true });
    expect(load()[0].solutionFiles['links.ts']).toBe("import type { Email } from '@project/types';\nexport { n } from \"@project/count\";\nexport const m = import('@project/lazy');");
  });

  it('refuses a copy of a provided module in solution/', () => {
    write('project/src/links.ts', '');
    writeExercise('intro/01-links', meta({ provides: { links: 'links.ts' } }));
    expect(load).toThrow('exercises/intro/01-links: provides.links: solution/links.ts must not exist: the solution is project/src/links.ts');
  });

  it('links a module to the exercise that provides it', () => {
    write('project/src/links.ts', '');
    writeExercise('intro/01-links', meta({ provides: { links: 'links.ts' } }));
    rmSync(join(site, 'exercises/intro/01-links/solution'), { recursive: true });
    writeExercise('intro/02-more', meta({ modules: ['links'] }));
    const exercises = load();
    expect(toExerciseData(exercises[1], exercises).modules).toEqual([
      { name: 'links', path: 'project/src/links.ts', providedBy: { exercise: 'intro/01-links', file: 'links.ts' } },
    ]);
  });

  it('rejects a folder that breaks the naming rule', () => {
    write('exercises/intro/links/exercise.json', meta());
    expect(load).toThrow(/exercises\/intro\/links: an exercise folder is named <NN-slug>/);
  });
});

describe('remarkExerciseEmbeds', () => {
  const tree = (id: string) => ({
    type: 'root',
    children: [{ type: 'mdxJsxFlowElement', name: 'Exercise', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] }],
  });

  it('imports the exercise data and passes it as a prop', () => {
    write('generated/exercises/intro/01-links.json', '{}');
    const root = tree('intro/01-links');
    remarkExerciseEmbeds({ siteDir: site })(root, { path: 'docs/intro/page.mdx' });
    expect(root.children[0]).toMatchObject({ type: 'mdxjsEsm', value: expect.stringContaining('generated/exercises/intro/01-links.json') });
    expect(root.children[1]).toMatchObject({ attributes: [{ name: 'id' }, { name: 'exercise', value: { value: '__exercise0' } }, { name: 'headingLevel' }] });
  });

  it("makes the exercise's title a heading one level below the section it sits in", () => {
    write('generated/exercises/intro/01-links.json', '{}');
    const exercise = tree('intro/01-links').children[0];
    const heading = (depth: number) => ({ type: 'heading', depth, children: [] });
    const root = { type: 'root', children: [structuredClone(exercise), heading(2), structuredClone(exercise), heading(3), structuredClone(exercise), heading(2), structuredClone(exercise)] };
    remarkExerciseEmbeds({ siteDir: site })(root, { path: 'docs/intro/page.mdx' });
    const levels = root.children
      .filter((node) => node.type === 'mdxJsxFlowElement')
      .map((node) => (node as typeof exercise).attributes.find((attribute) => attribute.name === 'headingLevel')?.value);
    expect(levels).toMatchObject([{ value: '2' }, { value: '3' }, { value: '4' }, { value: '3' }]);
  });

  it('fails on an unknown id, naming the page and the id', () => {
    expect(() => remarkExerciseEmbeds({ siteDir: site })(tree('intro/99-nope'), { path: 'docs/intro/page.mdx' })).toThrow(
      'docs/intro/page.mdx: <Exercise id="intro/99-nope" />: there is no exercise "intro/99-nope"',
    );
  });
});
