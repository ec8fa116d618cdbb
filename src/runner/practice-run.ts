/**
 * A small run each sandbox worker does on itself before it says it is ready: a fresh worker
 * starts with nothing compiled, and going once through the compiler, the module loader, the
 * test API and a failure's description makes the learner's run that follows several times
 * faster. Nothing of it reaches the page.
 */
import type { RunRequest } from './protocol';

export const PRACTICE_RUN: RunRequest = {
  files: {
    'words.ts': `export interface Count { word: string; count: number }
export function countWords(text: string): Count[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^a-z']+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count);
}
`,
    'words.test.ts': `import { describe, expect, it } from 'vitest';
import { countWords, type Count } from './words';
describe('countWords', () => {
  it('counts', () => {
    const counts: Count[] = countWords('Free free cash');
    expect(counts).toEqual([{ word: 'free', count: 2 }, { word: 'cash', count: 1 }]);
    expect(counts).toHaveLength(2);
    expect(counts[0].count).toBe(2);
    expect(() => countWords(null as unknown as string)).toThrow();
  });
  it('describes a failure', () => {
    expect(countWords('a b'), 'a message').toEqual([{ word: 'a', count: 2 }]);
  });
});
`,
  },
  testFiles: ['words.test.ts'],
};
