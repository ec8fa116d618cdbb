import { describe, expect, it } from 'vitest';
import { scoreMutants, textAt, writtenLineRanges, type SurvivingMutant } from './mutation-score';

describe('writtenLineRanges', () => {
  it('finds the lines of the answer that the starter does not have', () => {
    const starter = 'export function f(x: number) {\n  // your code\n  return 0;\n}\n\nexport const g = 1;\n';
    const answer = 'export function f(x: number) {\n  const y = x * 2;\n  return y + 1;\n}\n\nexport const g = 1;\n';
    expect(writtenLineRanges(starter, answer)).toEqual([[2, 3]]);
  });

  it('gives separate ranges for separate edits, and none for an unchanged file', () => {
    const starter = 'a\nb\nc\nd\ne\n';
    expect(writtenLineRanges(starter, 'a\nB\nc\nD\ne\n')).toEqual([[2, 2], [4, 4]]);
    expect(writtenLineRanges(starter, starter)).toEqual([]);
    expect(writtenLineRanges('a\n', 'a\nb\nc')).toEqual([[2, 3]]);
  });
});

describe('textAt', () => {
  it('reads the code between two 1-based positions', () => {
    expect(textAt('const a = 1;\nif (a > 0) go();\n', { line: 2, column: 5 }, { line: 2, column: 10 })).toBe('a > 0');
    expect(textAt('x\n{\n  y;\n}\n', { line: 2, column: 1 }, { line: 4, column: 2 })).toBe('{\n  y;\n}');
  });
});

describe('scoreMutants', () => {
  const survivor = (original: string, replacement: string): SurvivingMutant => ({ mutator: 'EqualityOperator', original, replacement, line: 3 });
  const counts = { killed: 7, timeout: 1, survived: 2, noCoverage: 0 };

  it('scores killed and timed-out mutants over all mutants', () => {
    const score = scoreMutants(counts, [survivor('a > b', 'a >= b'), survivor('n < 8', 'n <= 8')], []);
    expect(score).toMatchObject({ mutants: 10, equivalent: 0, score: 0.8 });
    expect(score.unexplained).toHaveLength(2);
  });

  it('leaves listed equivalents out of the score, matched by the change whatever the whitespace', () => {
    const equivalent = { mutator: 'EqualityOperator', original: 'a  >  b', replacement: 'a >= b', reason: 'a and b are never equal here' };
    const score = scoreMutants(counts, [survivor('a > b', 'a >= b'), survivor('n < 8', 'n <= 8')], [equivalent]);
    expect(score).toMatchObject({ equivalent: 1, score: 8 / 9, staleEquivalents: [] });
    expect(score.unexplained.map((s) => s.original)).toEqual(['n < 8']);
  });

  it('reports a listed equivalent that no longer survives', () => {
    const stale = { mutator: 'StringLiteral', original: "'x'", replacement: '""', reason: 'the name is never shown' };
    expect(scoreMutants(counts, [], [stale]).staleEquivalents).toEqual([stale]);
  });

  it('scores 1 when there is nothing to mutate', () => {
    expect(scoreMutants({ killed: 0, timeout: 0, survived: 0, noCoverage: 0 }, [], []).score).toBe(1);
  });
});
