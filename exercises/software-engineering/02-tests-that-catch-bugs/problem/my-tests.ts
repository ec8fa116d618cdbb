import { expect } from 'vitest';
import { tinyModelFile } from '@project/fixtures/tiny-model';
import type { Check } from './filter-under-test';

/** A raw message with CRLF line ends, as mail arrives; the body repeats the subject unless you give one. */
const email = (subject: string, body = subject) => `From: Ana <ana@example.com>\r\nSubject: ${subject}\r\n\r\n${body}\r\n`;

/**
 * Your tests. Each one builds a filter with `makeFilter(modelFile, options)` and checks one
 * promise of SpamFilter with `expect`. The course runs every check against the correct filter
 * (all must pass) and against versions with a planted bug (each should make a check fail).
 * `tinyModelFile({ word: weight }, { bias, threshold })` writes a model whose scores you can
 * work out by hand: the score is sigmoid(bias + the weight of each known word, times its count);
 * the threshold is 0.5 unless you give one.
 */
export const checks: Check[] = [
  {
    name: 'a message full of a spam word is spam',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 3 }));
      expect(filter.classify(email('cash cash')).label).toBe('spam');
    },
  },
  // Your checks: the threshold, the reasons, the size limit, blank input, batches, the logs…
];
