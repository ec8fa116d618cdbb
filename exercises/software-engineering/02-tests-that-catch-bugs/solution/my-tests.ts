import { expect } from 'vitest';
import { tinyModelFile } from '@project/fixtures/tiny-model';
import { EmptyMessageError, MessageTooLargeError } from '@project/spam-filter';
import type { Check } from './filter-under-test';

/** A raw message with CRLF line ends, as mail arrives. */
const email = (subject: string, body: string) => `From: Ana <ana@example.com>\r\nSubject: ${subject}\r\n\r\n${body}\r\n`;

/**
 * Your tests. Each one builds a filter with `makeFilter(modelFile, options)` and checks one
 * promise of SpamFilter with `expect`. The course runs every check against the correct filter
 * (all must pass) and against versions with a planted bug (each should make a check fail).
 * `tinyModelFile({ word: weight }, { bias, threshold })` writes a model whose scores you can
 * work out by hand: the score is sigmoid(bias + Σ weight × count of each known word).
 */
export const checks: Check[] = [
  {
    name: 'a message full of a spam word is spam',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 3 }));
      expect(filter.classify(email('hello', 'cash cash')).label).toBe('spam');
    },
  },
  {
    name: 'a score exactly at the threshold is spam',
    run: (makeFilter) => {
      // No known word and a bias of 0: the score is sigmoid(0) = 0.5.
      const filter = makeFilter(tinyModelFile({ cash: 3 }, { threshold: 0.5 }));
      expect(filter.classify(email('hello', 'see you at noon')).label).toBe('spam');
    },
  },
  {
    name: 'the threshold is the model file’s',
    run: (makeFilter) => {
      // sigmoid(0.4) = 0.60: spam for a threshold of 0.5, ham for this model's 0.7.
      const filter = makeFilter(tinyModelFile({ cash: 3 }, { bias: 0.4, threshold: 0.7 }));
      expect(filter.classify(email('hello', 'see you at noon')).label).toBe('ham');
    },
  },
  {
    name: 'reasons come largest effect first, in both directions',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 2, meeting: -3, prize: 1 }));
      const reasons = filter.classify(email('hello', 'cash meeting prize')).reasons;
      expect(reasons.map((reason) => reason.token)).toEqual(['meeting', 'cash', 'prize']);
    },
  },
  {
    name: 'a message over the size limit is refused, counted in UTF-8 bytes',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 3 }), { maxMessageBytes: 100 });
      // 80 characters, but each "é" is 2 bytes: 125 bytes.
      expect(() => filter.classify(email('big', 'é'.repeat(45)))).toThrow(MessageTooLargeError);
    },
  },
  {
    name: 'a blank message is refused as empty',
    run: (makeFilter) => {
      expect(() => makeFilter(tinyModelFile({ cash: 3 })).classify(' \r\n\t ')).toThrow(EmptyMessageError);
    },
  },
  {
    name: 'a batch reports a refusal in its place and goes on',
    run: (makeFilter) => {
      const results = makeFilter(tinyModelFile({ cash: 3 })).classifyBatch([email('a', 'cash'), '', email('b', 'noon')]);
      expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    },
  },
  {
    name: 'the logs carry no word of the message',
    run: (makeFilter) => {
      const logged: unknown[] = [];
      makeFilter(tinyModelFile({ cash: 3 }), { logger: (entry) => logged.push(entry) }).classify(email('zebrafish', 'cash'));
      expect(JSON.stringify(logged)).not.toContain('zebrafish');
    },
  },
];
