/**
 * What the browser keeps of a learner's work, validated whenever it is read back: a stored
 * entry or an imported file is outside data, possibly edited by hand or written by an older
 * version of the course. zod/mini keeps this validation out of the way of page weight.
 */
import * as z from 'zod/mini';

const timestamp = z.iso.datetime();
const count = z.number().check(z.int(), z.nonnegative());

export const PROGRESS_VERSION = 1;

export const exerciseProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** The learner's code for the files they can edit, by path relative to the exercise. */
  files: z.record(z.string(), z.string()),
  /** Tests were run at least once. */
  attempted: z.boolean(),
  /** The most recent run passed every test. */
  passed: z.boolean(),
  hintsUsed: count,
  solutionRevealed: z.boolean(),
  startedAt: timestamp,
  updatedAt: timestamp,
  lastRunAt: z.optional(timestamp),
  /** When every test first passed. */
  firstPassedAt: z.optional(timestamp),
  solutionRevealedAt: z.optional(timestamp),
  /** What the most recent finished run saved with `saveOutput`, by name (e.g. the model it trained). */
  outputs: z.optional(z.record(z.string(), z.json())),
});

export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;

export const settingsSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Build later exercises on the learner's own earlier modules instead of the reference. */
  useOwnModules: z.boolean(),
});

export type ProgressSettings = z.infer<typeof settingsSchema>;

export const PROGRESS_FILE_FORMAT = 'end-to-end-course-progress';

/** The file "Export progress" downloads and "Import progress" accepts. */
export const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: timestamp,
  settings: settingsSchema,
  exercises: z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*\/\d\d-[a-z0-9-]+$/)), exerciseProgressSchema),
});

export type ProgressFile = z.infer<typeof progressFileSchema>;
