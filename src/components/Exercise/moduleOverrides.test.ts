import { describe, expect, it } from 'vitest';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import { moduleOverridesFor } from './moduleOverrides';

const exercise = {
  modules: [
    { name: 'parse', path: 'project/src/parse.ts', providedBy: { exercise: 'data-engineering/01-parse', file: 'parse.ts' } },
    { name: 'tokenize', path: 'project/src/tokenize.ts', providedBy: { exercise: 'machine-learning/01-tokenize', file: 'tokenize.ts' } },
    { name: 'random', path: 'project/src/random.ts' },
  ],
} as ExerciseData;

const saved: Record<string, Record<string, string>> = { 'data-engineering/01-parse': { 'parse.ts': 'export const mine = 1;' } };

describe('moduleOverridesFor', () => {
  it('uses the reference for everything by default', () => {
    expect(moduleOverridesFor(exercise, false, (id) => saved[id])).toEqual({ overrides: {}, missing: [] });
  });

  it("swaps in the learner's saved module and names the ones not written yet", () => {
    expect(moduleOverridesFor(exercise, true, (id) => saved[id])).toEqual({
      overrides: { 'project/src/parse.ts': 'export const mine = 1;' },
      missing: ['tokenize'],
    });
  });
});
