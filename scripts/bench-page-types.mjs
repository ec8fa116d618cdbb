// The pages the page benches (`bench:pages`, `bench:lighthouse`) measure, one per page type.
export const BENCH_PAGES = {
  /** The baseline: a docs page laid out as lessons are (course sidebar, table of contents), with no exercise, diagram or formula. */
  plain: { path: '/learn/product' },
  landing: { path: '/' },
  /** The first lesson: its exercise starts on a phone's first screen. */
  lesson: { path: '/learn/intro/why-end-to-end' },
  /** A lesson whose first exercise starts below a phone's first screen (and the editor's 600 px look-ahead). */
  lessonBelowFold: { path: '/learn/data-engineering/time-split' },
  /** The Try page, and the only data file it should fetch: its examples are built into the page. */
  try: { path: '/try', data: ['/data/model.json'] },
};
