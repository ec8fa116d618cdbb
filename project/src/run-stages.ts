/**
 * A tiny stage runner: feeds each stage's output to the next and writes down how many items
 * went in and came out of every stage, with the stage's own notes on why. The list of counts
 * (the manifest) is what makes a pipeline auditable: compare two runs and you see where they
 * differ.
 */
import type { StageCount } from './types';

/** What a stage hands back: its items, and counts of why items were dropped or changed. */
export interface StageOutput<T> {
  items: T[];
  notes?: Record<string, number>;
}

/** One step of a pipeline: a name, and what it does to the items it is given. */
export interface Stage<In, Out> {
  name: string;
  run(items: In[]): StageOutput<Out> | Promise<StageOutput<Out>>;
}

export interface StagesResult<T> {
  /** The last stage's items. */
  items: T[];
  /** One entry per stage, in order. */
  manifest: StageCount[];
}

/**
 * Runs `stages` in order on `input`. A stage that throws stops the run with an error that names
 * it, so a failure deep in a pipeline says where it happened.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each stage has its own item types
export async function runStages<T>(input: unknown[], stages: Stage<any, any>[]): Promise<StagesResult<T>> {
  const manifest: StageCount[] = [];
  let items = input;
  for (const stage of stages) {
    let output: StageOutput<unknown>;
    try {
      output = await stage.run(items);
    } catch (error) {
      // A stage may throw anything, not only an Error: say what it threw either way.
      throw new Error(`stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    manifest.push({ stage: stage.name, in: items.length, out: output.items.length, notes: output.notes ?? {} });
    items = output.items;
  }
  return { items: items as T[], manifest };
}
