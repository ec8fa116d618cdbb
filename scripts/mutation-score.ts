/**
 * How strong an exercise's tests are, measured by mutation testing: small changes (mutants) are
 * made to the code the learner writes, and each should make a test fail. This module holds the
 * pure parts: which lines the learner writes, how a surviving mutant is matched with the
 * exercise's list of equivalent mutants, and the score. `mutation.mts` runs StrykerJS with them.
 */
import { diffLines } from 'diff';
import * as z from 'zod';

/** Every exercise scores at least this, or CI fails. */
export const MUTATION_BAR = 0.8;

/** The file an exercise keeps next to its tests when a mutant survives that no test can kill. */
export const EQUIVALENTS_FILE = 'equivalent-mutants.json';

export const equivalentMutantsSchema = z.array(
  z.strictObject({
    mutator: z.string().describe('Stryker’s mutator name, e.g. `EqualityOperator`.'),
    original: z.string().describe('The code the mutant replaces, as the report shows it.'),
    replacement: z.string().describe('What the mutant puts in its place.'),
    reason: z.string().trim().min(10).describe('One line: why no test can tell the two apart.'),
  }),
);
export type EquivalentMutant = z.infer<typeof equivalentMutantsSchema>[number];

/**
 * The 1-based line ranges of `solution` that are not in `starter`: the code the learner writes.
 * Mutating only these measures the tests on the learner's work, not on code the exercise gives.
 */
export function writtenLineRanges(starter: string, solution: string): [number, number][] {
  const ranges: [number, number][] = [];
  let line = 1;
  for (const part of diffLines(starter, solution)) {
    const count = part.count ?? part.value.split('\n').length - (part.value.endsWith('\n') ? 1 : 0);
    if (part.removed) continue;
    if (part.added && count > 0) {
      const last = ranges.at(-1);
      if (last && last[1] === line - 1) last[1] = line + count - 1;
      else ranges.push([line, line + count - 1]);
    }
    line += count;
  }
  return ranges;
}

export interface Position {
  line: number;
  column: number;
}

/** The text between two 1-based positions (Stryker's locations). */
export function textAt(source: string, start: Position, end: Position): string {
  const lines = source.split('\n');
  const offset = (position: Position) => lines.slice(0, position.line - 1).reduce((sum, text) => sum + text.length + 1, 0) + position.column - 1;
  return source.slice(offset(start), offset(end));
}

const squeeze = (code: string) => code.replace(/\s+/g, ' ').trim();

export interface SurvivingMutant {
  mutator: string;
  original: string;
  replacement: string;
  line: number;
}

/** The key that matches a surviving mutant with a listed equivalent: the same change, wherever it sits. */
export function mutantKey(mutant: Pick<SurvivingMutant, 'mutator' | 'original' | 'replacement'>): string {
  return `${mutant.mutator}\u0000${squeeze(mutant.original)}\u0000${squeeze(mutant.replacement)}`;
}

export interface MutationCounts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
}

export interface MutationScore extends MutationCounts {
  mutants: number;
  /** Survivors listed as equivalent: left out of the score. */
  equivalent: number;
  /** killed + timeout over every mutant that is not equivalent; 1 when there is none. */
  score: number;
  /** Survivors with no listed reason: each wants a better test. */
  unexplained: SurvivingMutant[];
  /** Listed equivalents that no longer survive (or no longer exist): the list is out of date. */
  staleEquivalents: EquivalentMutant[];
}

export function scoreMutants(counts: MutationCounts, survivors: SurvivingMutant[], equivalents: EquivalentMutant[]): MutationScore {
  const listed = new Map(equivalents.map((entry) => [mutantKey(entry), entry]));
  const matched = new Set<string>();
  const unexplained: SurvivingMutant[] = [];
  for (const survivor of survivors) {
    const key = mutantKey(survivor);
    if (listed.has(key)) matched.add(key);
    else unexplained.push(survivor);
  }
  const equivalent = survivors.length - unexplained.length;
  const mutants = counts.killed + counts.timeout + counts.survived + counts.noCoverage;
  const counted = mutants - equivalent;
  return {
    ...counts,
    mutants,
    equivalent,
    score: counted === 0 ? 1 : (counts.killed + counts.timeout) / counted,
    unexplained,
    staleEquivalents: equivalents.filter((entry) => !matched.has(mutantKey(entry))),
  };
}
