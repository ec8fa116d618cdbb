import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readModuleMap } from './index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const modules = readModuleMap(root);
const byName = (name: string) => modules.find((module) => module.name === name)!;

describe('the module map, read from project/src', () => {
  it('lists every module of the project, and no test file', () => {
    const files = readdirSync(join(root, 'project', 'src')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(modules.map((module) => `${module.name}.ts`)).toEqual(files.sort());
  });

  it('says what a module exports, by kind', () => {
    expect(byName('rules').exports).toEqual(
      expect.arrayContaining([
        { name: 'applyRules', kind: 'function' },
        { name: 'RULES', kind: 'value' },
        { name: 'Rule', kind: 'type' },
      ]),
    );
    expect(byName('spam-filter').exports).toContainEqual({ name: 'SpamFilter', kind: 'class' });
  });

  it('names the exercise that teaches a module and the lesson it is in, from `provides`', () => {
    expect(byName('rules').taughtBy).toEqual({ exercise: 'product/04-rules-baseline', title: 'The rules baseline', lesson: '/learn/product/rules-baseline' });
    expect(byName('artefacts').taughtBy).toBeUndefined();
  });

  it('lists the project modules and packages a module imports; every dependency is itself in the map', () => {
    expect(byName('parse').dependsOn).toEqual(expect.arrayContaining(['headers', 'mime', 'types']));
    expect(byName('parse').packages).toContain('postal-mime');
    expect(byName('service').packages).toEqual(expect.arrayContaining(['hono', 'zod']));
    const names = new Set(modules.map((module) => module.name));
    expect(modules.flatMap((module) => module.dependsOn).filter((name) => !names.has(name))).toEqual([]);
  });

  it('summarises a module by the first sentence of its opening comment', () => {
    expect(byName('clean').summary).toMatch(/^Cleaning: apply what we know about the corpus to each parsed message\.$/);
    expect(byName('rules').summary, 'no opening comment').toBeUndefined();
  });
});
