// What exercise code can import besides its own files, the project and the allowed libraries:
// the pipeline's browser datasets, typed by their schemas (project/src/artefacts.ts), and the
// course's display module (src/runner/display.ts). Exercise programs are type-checked with
// these declarations (scripts/typecheck.ts).
declare module 'dataset:sample' {
  const sample: import('@project/artefacts').Sample;
  export default sample;
}
declare module 'dataset:model' {
  const model: import('@project/artefacts').Artefact<'public/data/model.json'>;
  export default model;
}
declare module 'dataset:drift' {
  const drift: import('@project/artefacts').Artefact<'public/data/drift.json'>;
  export default drift;
}
declare module 'dataset:results' {
  const results: import('@project/artefacts').Results;
  export default results;
}
declare module 'dataset:end-to-end' {
  const endToEnd: import('@project/artefacts').EndToEnd;
  export default endToEnd;
}
declare module 'course:display' {
  /** Shows rows (objects) as a table under the test results. */
  export function showTable(rows: readonly object[], title?: string): void;
  /** Draws an Observable Plot chart (its options, or an element `Plot.plot()` returned) under the test results. */
  export function showPlot(chart: unknown, title?: string): void;
  /** Shows a document written in Markdown (headings, lists, tables, emphasis, code) under the test results, rendered as it would be published. */
  export function showMarkdown(markdown: string, title?: string): void;
  /** Hands a JSON value back to the page under `name` (lowercase, digits, dashes), which keeps it with your progress: a model your code trained, say. */
  export function saveOutput(name: string, value: unknown): void;
}
