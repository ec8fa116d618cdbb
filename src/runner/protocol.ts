/**
 * The contract between the exercise UI and the in-browser runner. The UI knows nothing of how
 * code is compiled or sandboxed; the runner knows nothing of editors, hints or progress.
 */

/** Everything one run needs. Paths are relative to the exercise folder, e.g. `rules.ts`, `rules.test.ts`. */
export interface RunRequest {
  /** Every file of the exercise as the learner currently has it (visible or not). */
  files: Record<string, string>;
  /** Which of `files` are test files to execute, in order. */
  testFiles: string[];
  /**
   * The project's sources the run's code may import as `@project/*`, keyed by their path from the
   * repository root (`project/src/parse.ts`): for an exercise, those its files can reach.
   */
  projectSources?: Record<string, string>;
  /** Data the page hands in, by name; learner code reads them with `import data from 'dataset:<name>'`. */
  datasets?: Record<string, unknown>;
  /**
   * Replacements for project modules, keyed by the path the `@project/*` alias resolves to
   * (e.g. `project/src/parse.ts`): used when the learner chooses to build on their own earlier code.
   */
  moduleOverrides?: Record<string, string>;
  /** Wall-clock budget for the whole run; past it the sandbox is discarded. */
  timeoutMs?: number;
}

export interface TestFailure {
  /** One or two sentences a learner understands. */
  message: string;
  /** Pretty-printed expected and received values, when the assertion had them. */
  expected?: string;
  actual?: string;
  /** A line diff of expected vs received, for objects and long strings. */
  diff?: string;
  /** Where in the learner's own files the failure or exception arose (line and column count from 1). */
  location?: { file: string; line: number; column?: number };
}

export type RunEvent =
  /** `file` is the test file the test is in (one of `RunRequest.testFiles`). */
  | { type: 'test'; file?: string; path: string[]; name: string; status: 'pass' | 'fail' | 'skip'; durationMs: number; failure?: TestFailure }
  | { type: 'console'; level: 'log' | 'info' | 'warn' | 'error'; text: string }
  /** Data worth looking at: a table of rows, a chart rendered to SVG markup (shown as an image, never injected), or a document in Markdown (rendered without raw HTML). */
  | { type: 'display'; title?: string; kind: 'table'; rows: Record<string, unknown>[] }
  | { type: 'display'; title?: string; kind: 'svg'; svg: string }
  | { type: 'display'; title?: string; kind: 'markdown'; markdown: string }
  /** A JSON value the run hands back to the page by name (`saveOutput`), such as a model the run trained; the page decides what to keep. */
  | { type: 'output'; name: string; value: unknown };

export type RunOutcome =
  | { status: 'finished'; passed: number; failed: number; skipped: number; durationMs: number; consoleTruncated: boolean }
  /** The run could not finish: a clear message for the learner, and where, if known. */
  | {
      status: 'error';
      reason: 'timeout' | 'compile' | 'import' | 'output-limit' | 'crash';
      message: string;
      location?: { file: string; line: number; column?: number };
      durationMs: number;
    };

export interface Runner {
  /**
   * Runs the request, reporting events as they happen; resolves when the run ends, however it
   * ends. Each run starts from a clean realm, and nothing its code started outlives it.
   */
  run(request: RunRequest, onEvent: (event: RunEvent) => void): Promise<RunOutcome>;
  /** Tears down the sandbox. */
  dispose(): void;
}
