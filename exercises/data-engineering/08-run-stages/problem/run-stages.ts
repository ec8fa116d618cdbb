/**
 * A tiny stage runner: feeds each stage's output to the next and writes down how many items
 * went in and came out of every stage, with the stage's own notes on why. The list of counts
 * (the manifest) is what makes a pipeline auditable: compare two runs and you see where they
 * differ.
 */
import type { StageCount } from '@project/types';

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
  // TODO: run each stage on the previous stage's items (await it: stages may be async),
  // record { stage, in, out, notes } for it, and rename the error of a stage that throws.
  return { items: input as T[], manifest: [] };
}
