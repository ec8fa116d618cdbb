/**
 * The exercise format: what `exercise.json` may say (validated with zod when the site builds
 * and in the exercise checks), and the shape of the per-exercise JSON the site's pages import.
 */
import * as z from 'zod';

// Paths inside `problem/`: plain names and sub-folders, never `..` or absolute paths. Code is
// TypeScript; any other file (a `Dockerfile`, `ci.yml`) is imported as text (src/runner/text-files.ts).
const exerciseFile = z
  .string()
  .regex(/^(?!.*\.\.)[\w.-]+(\/[\w.-]+)*$/, 'a file name inside problem/, like "rules.ts" or "Dockerfile"');
// A project module is a file of `project/src/`, named without extension: `parse`, `tokenize`.
const projectModule = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a module of project/src/, like "parse"');
// Datasets are served at `/data/<name>.json`.
const datasetName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a dataset name, like "sample" for /data/sample.json');

export const exerciseMetaSchema = z.strictObject({
  title: z.string().trim().min(3),
  /** One sentence: what the learner writes. Markdown inline code allowed. */
  goal: z.string().trim().min(10),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(120)
    .describe(
      'How long a workshop participant takes, in minutes: reading the goal, the starter and the tests, writing, and a few runs. An honest estimate, not the time its author needs; the facilitator guide builds its agendas from it.',
    ),
  /** Revealed one at a time, from a nudge to nearly the answer. Markdown. */
  hints: z.array(z.string().trim().min(1)).min(2, 'at least 2 hints'),
  files: z.strictObject({
    /** The tab the editor opens on; must be visible and editable. */
    active: exerciseFile,
    /** Tabs shown, in order: files of problem/ and test files. Files not listed still run. */
    visible: z.array(exerciseFile).min(1),
    /** Support files the learner reads but cannot change (test files are always read-only). */
    readOnly: z.array(exerciseFile).default([]),
  }),
  /** Data files the page fetches from `/data/<name>.json`; code reads them as `dataset:<name>`. */
  datasets: z.array(datasetName).default([]),
  /** Project modules the code imports as `@project/<module>`: the learner may swap in their own. */
  modules: z.array(projectModule).default([]),
  /** Project modules this exercise's solution is: `{ "parse": "parse.ts" }`. */
  provides: z.record(projectModule, exerciseFile).default({}),
});

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

export interface ExerciseFileData {
  code: string;
  /** Shown as a tab (otherwise only handed to the runner). */
  visible: boolean;
  readOnly: boolean;
}

/** A project module the exercise imports, and which earlier exercise (if any) the learner wrote it in. */
export interface ExerciseModuleData {
  name: string;
  /** The path the `@project/*` alias resolves to, as `RunRequest.moduleOverrides` keys it. */
  path: string;
  providedBy?: { exercise: string; file: string };
}

/** What a page embedding `<Exercise id="…" />` receives: everything the UI and the runner need. */
export interface ExerciseData {
  id: string;
  title: string;
  goal: string;
  hints: string[];
  /** The starter: every file of problem/ plus the test files, by path relative to the exercise. */
  files: Record<string, ExerciseFileData>;
  /** Visible files in tab order. */
  tabs: string[];
  activeFile: string;
  testFiles: string[];
  /** The reference answer for every file the learner may edit. */
  solution: Record<string, string>;
  datasets: string[];
  modules: ExerciseModuleData[];
}

/** The course-wide list (ids and titles only), for progress pages. */
export interface ExerciseIndexEntry {
  id: string;
  title: string;
}
