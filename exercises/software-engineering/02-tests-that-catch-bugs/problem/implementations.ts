/**
 * The SpamFilters your tests run against: the correct one, and versions of it with one bug
 * each, the kind that reach production. Every one is built the same way (a plain object around
 * a real SpamFilter), so only behaviour tells them apart.
 */
import type { ModelFile } from '@project/model-file';
import { readMessage } from '@project/read-message';
import { MessageTooLargeError, NotAnEmailError, SpamFilter, SpamFilterError, silentLogger, type Classification, type SpamFilterOptions } from '@project/spam-filter';
import type { FilterUnderTest, MakeFilter } from './filter-under-test';

export interface Implementation {
  name: string;
  make: MakeFilter;
}

const DEFAULT_REASONS = 5;
const DEFAULT_LIMIT = 512 * 1024;

type Override = (real: SpamFilter, options: SpamFilterOptions) => Partial<Pick<FilterUnderTest, 'classify' | 'classifyBatch'>>;

/** A filter around the real one, with some methods replaced; `realOptions` adjusts how the real one is built. */
function implementation(name: string, override: Override = () => ({}), realOptions: (options: SpamFilterOptions) => SpamFilterOptions = (o) => o): Implementation {
  return {
    name,
    make(modelFile: ModelFile, options: SpamFilterOptions = {}) {
      // Quiet unless your test passes a logger of its own.
      const real = SpamFilter.fromModelFile(modelFile, realOptions({ logger: silentLogger, ...options }));
      const replaced = override(real, options);
      const filter: FilterUnderTest = {
        modelVersion: real.modelVersion,
        threshold: real.threshold,
        classify: replaced.classify ?? ((raw, id) => real.classify(raw, id)),
        classifyBatch: replaced.classifyBatch ?? ((raws) => raws.map((raw) => {
          try {
            return { ok: true, classification: filter.classify(raw) };
          } catch (error) {
            if (!(error instanceof SpamFilterError)) throw error;
            return { ok: false, error: { code: error.code, message: error.message } };
          }
        })),
      };
      return filter;
    },
  };
}

/** Replaces what classify returns, keeping everything else the real filter does. */
const changeResult = (change: (result: Classification, options: SpamFilterOptions) => Classification): Override => (real, options) => ({
  classify: (raw, id) => change(real.classify(raw, id), options),
});

export const CORRECT = implementation('correct');

export const BUGGY: Implementation[] = [
  implementation('spam only above the threshold (> instead of >=)', changeResult((r) => ({ ...r, label: r.score > r.threshold ? 'spam' : 'ham' }))),
  implementation('a fixed threshold of 0.5 instead of the model file’s', changeResult((r) => ({ ...r, label: r.score >= 0.5 ? 'spam' : 'ham' }))),
  implementation('reasons in the wrong order (smallest effect first)', changeResult((r) => ({ ...r, reasons: [...r.reasons].reverse() }))),
  implementation(
    'reasons towards spam only (the ones that pushed towards ham dropped)',
    changeResult((r, options) => ({ ...r, reasons: r.reasons.filter((reason) => reason.weight > 0).slice(0, options.reasons ?? DEFAULT_REASONS) })),
    (options) => ({ ...options, reasons: 1000 }),
  ),
  implementation('oversized messages accepted', undefined, (options) => ({ ...options, maxMessageBytes: Number.POSITIVE_INFINITY })),
  implementation(
    'size counted in characters, not UTF-8 bytes',
    (real, options) => ({
      classify: (raw, id) => {
        const limit = options.maxMessageBytes ?? DEFAULT_LIMIT;
        if (raw.length > limit) throw new MessageTooLargeError(raw.length, limit);
        return real.classify(raw, id);
      },
    }),
    (options) => ({ ...options, maxMessageBytes: Number.POSITIVE_INFINITY }),
  ),
  implementation('a blank message refused as "not an email" instead of "empty"', (real) => ({
    classify: (raw, id) => {
      if (raw !== '' && raw.trim() === '') throw new NotAnEmailError();
      return real.classify(raw, id);
    },
  })),
  implementation('a batch stops at the first refused message', (real) => ({
    classifyBatch: (raws) => raws.map((raw) => ({ ok: true, classification: real.classify(raw) })),
  })),
  implementation(
    'the subject line written to the logs',
    (real, options) => ({
      classify: (raw, id) => {
        const result = real.classify(raw, id);
        const subject = readMessage(raw).subject;
        options.logger?.({ event: 'classified', id: id ?? 'msg', sizeBytes: raw.length, latencyMs: 0, label: result.label, subject } as never);
        return result;
      },
    }),
    (options) => ({ ...options, logger: () => {} }),
  ),
];
