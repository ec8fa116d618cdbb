import type { ModelFile } from '@project/model-file';
import type { SpamFilter, SpamFilterOptions } from '@project/spam-filter';

/** A SpamFilter as your tests see it: the course hands you one, correct or not. */
export type FilterUnderTest = Pick<SpamFilter, 'modelVersion' | 'threshold' | 'classify' | 'classifyBatch'>;

/** Builds the filter under test from a model file, as `SpamFilter.fromModelFile` does. */
export type MakeFilter = (modelFile: ModelFile, options?: SpamFilterOptions) => FilterUnderTest;

/** One of your tests: `run` builds a filter with `makeFilter` and throws (an `expect` fails) if it misbehaves. */
export interface Check {
  name: string;
  run: (makeFilter: MakeFilter) => void;
}
