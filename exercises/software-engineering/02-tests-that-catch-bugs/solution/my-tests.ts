import { expect } from 'vitest';
import { tinyModelFile } from '@project/fixtures/tiny-model';
import { EmptyMessageError, MessageTooLargeError, type LogEntry } from '@project/spam-filter';
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
  {
    name: 'a score exactly at the threshold is spam',
    run: (makeFilter) => {
      // log-odds -0.5 + 0.5 = 0, so the score is sigmoid(0) = 0.5: the threshold itself.
      const filter = makeFilter(tinyModelFile({ cash: 0.5 }, { bias: -0.5 }));
      expect(filter.classify(email('cash')).label).toBe('spam');
    },
  },
  {
    name: 'the threshold is the model file’s, not 0.5',
    run: (makeFilter) => {
      // sigmoid(-0.4 + 0.8) = 0.60: spam at 0.5, ham at this model's 0.7.
      const filter = makeFilter(tinyModelFile({ cash: 0.8 }, { bias: -0.4, threshold: 0.7 }));
      expect(filter.classify(email('cash')).label).toBe('ham');
    },
  },
  {
    name: 'reasons come largest effect first, in both directions',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 2, meeting: -3, prize: 1 }));
      const reasons = filter.classify(email('cash meeting prize')).reasons;
      expect(reasons.map((reason) => reason.token)).toEqual(['meeting', 'cash', 'prize']);
    },
  },
  {
    name: 'a message over the size limit is refused, counted in UTF-8 bytes',
    run: (makeFilter) => {
      const filter = makeFilter(tinyModelFile({ cash: 1 }), { maxMessageBytes: 100 });
      // 74 characters, but each "é" is 2 bytes: 101 bytes, one over the limit.
      expect(() => filter.classify(email('big', 'é'.repeat(27)))).toThrow(MessageTooLargeError);
    },
  },
  {
    name: 'a blank message is refused as empty',
    run: (makeFilter) => {
      expect(() => makeFilter(tinyModelFile({ cash: 1 })).classify(' \r\n\t ')).toThrow(EmptyMessageError);
    },
  },
  {
    name: 'a batch reports a refusal in its place and goes on',
    run: (makeFilter) => {
      const results = makeFilter(tinyModelFile({ cash: 1, meeting: 2 })).classifyBatch([email('cash'), '', email('meeting')]);
      // Each message shows up as its own strongest word, the refusal as its code, in order.
      expect(results.map((result) => (result.ok ? result.classification.reasons[0].token : result.error.code))).toEqual(['cash', 'empty_message', 'meeting']);
    },
  },
  {
    name: 'one log entry per message, with no word of the message',
    run: (makeFilter) => {
      const logged: LogEntry[] = [];
      makeFilter(tinyModelFile({ cash: 1 }), { logger: (entry) => logged.push(entry) }).classify(email('zebrafish'));
      expect(logged).toHaveLength(1);
      expect(JSON.stringify(logged)).not.toContain('zebrafish');
    },
  },
];
