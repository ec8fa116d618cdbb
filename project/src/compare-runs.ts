/**
 * Two runs' manifests side by side, stage by stage: what differs in each stage, and the first
 * stage that differs. A pipeline is a chain, so everything after the first difference may
 * differ only because of it: that first stage is where to look.
 */
import type { StageCount } from './types';

export interface StageComparison {
  stage: string;
  mine: StageCount | null;
  reference: StageCount | null;
  /** What differs, in words (`out: 190, reference 191`); empty when the stage matches. */
  differences: string[];
}

export interface RunComparison {
  stages: StageComparison[];
  /** The name of the first stage that differs, or null when every stage matches. */
  firstDifference: string | null;
}

/**
 * Compares `mine` with `reference` row by row, in order. Counts must be equal; a figure in the
 * notes may differ by `tolerance` (relative to its size, at least 1): rounding when a run's
 * figures are written to a file must not count as a difference.
 */
export function compareRuns(mine: readonly StageCount[], reference: readonly StageCount[], tolerance = 1e-6): RunComparison {
  const stages: StageComparison[] = [];
  for (let i = 0; i < Math.max(mine.length, reference.length); i++) {
    const a = mine[i] ?? null;
    const b = reference[i] ?? null;
    // Named as the reference names it: a row of mine may have no name, or the wrong one.
    stages.push({ stage: b?.stage ?? String(a!.stage), mine: a, reference: b, differences: differencesOf(a, b, tolerance) });
  }
  const first = stages.find((stage) => stage.differences.length > 0);
  return { stages, firstDifference: first === undefined ? null : first.stage };
}

function differencesOf(mine: StageCount | null, reference: StageCount | null, tolerance: number): string[] {
  if (mine === null) return ['missing from your run'];
  if (reference === null) return ['not in the reference run'];
  if (mine.stage !== reference.stage) return [`stage "${mine.stage}" where the reference has "${reference.stage}"`];
  const differences: string[] = [];
  if (mine.in !== reference.in) differences.push(`in: ${mine.in}, reference ${reference.in}`);
  if (mine.out !== reference.out) differences.push(`out: ${mine.out}, reference ${reference.out}`);
  const notes = { mine: mine.notes ?? {}, reference: reference.notes ?? {} };
  const names = [...new Set([...Object.keys(notes.reference), ...Object.keys(notes.mine)])];
  for (const name of names) {
    const [a, b] = [notes.mine[name], notes.reference[name]];
    if (a === undefined) differences.push(`${name}: missing, reference ${b}`);
    else if (b === undefined) differences.push(`${name}: ${a}, not in the reference`);
    else if (!(Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)))) differences.push(`${name}: ${a}, reference ${b}`);
  }
  return differences;
}
