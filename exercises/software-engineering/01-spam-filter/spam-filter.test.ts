import { describe, expect, it } from 'vitest';
import model from 'dataset:model';
import sample from 'dataset:sample';
import { tinyModelFile } from '@project/fixtures/tiny-model';
import {
  EmptyMessageError,
  MessageTooLargeError,
  NotAnEmailError,
  SpamFilter,
  SpamFilterError,
  silentLogger,
  type SpamFilterOptions,
} from './spam-filter';

const quiet = (options: SpamFilterOptions = {}): SpamFilterOptions => ({ logger: silentLogger, ...options });
const shipped = SpamFilter.fromModelFile(model, quiet());

/** A raw message with CRLF line ends, as mail arrives. */
function email(subject: string, body: string, headers = 'From: Ana <ana@example.com>\r\nTo: you@example.org\r\n'): string {
  return `${headers}Subject: ${subject}\r\n\r\n${body}\r\n`;
}

/** The error `run` throws, so a test can look at its class and code. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('classify: the decision', () => {
  it('calls a message spam when its score is exactly the threshold ("at or above")', () => {
    // No token of the message is in this model's vocabulary: the log-odds is the bias, 0, and the score sigmoid(0) = 0.5.
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }, { threshold: 0.5 }), quiet());
    const result = filter.classify(email('lunch', 'see you at noon'));
    expect(result.score, 'the score of a message with no known token and bias 0').toBe(0.5);
    expect(result.label, 'score 0.5, threshold 0.5').toBe('spam');
  });

  it('uses the model file’s threshold, not 0.5', () => {
    const strict = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }, { threshold: 0.6 }), quiet());
    expect(strict.classify(email('lunch', 'see you at noon')), 'score 0.5 under a threshold of 0.6').toMatchObject({ label: 'ham', score: 0.5, threshold: 0.6 });
    const lenient = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }, { threshold: 0.3, bias: -0.5 }), quiet());
    expect(lenient.classify(email('lunch', 'see you at noon')).label, 'score sigmoid(-0.5) = 0.38 over a threshold of 0.3').toBe('spam');
  });

  it('scores with the model’s weights: the sigmoid of bias + weight × count', () => {
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 1.5, cash: -0.25 }, { bias: -1 }), quiet());
    const result = filter.classify(email('hello', 'zebra zebra cash'));
    expect(result.score, 'sigmoid(-1 + 2 × 1.5 - 0.25)').toBeCloseTo(1 / (1 + Math.exp(-1.75)), 12);
    expect(result.reasons, 'each token’s weight × its count, largest first').toEqual([
      { token: 'zebra', weight: 3 },
      { token: 'cash', weight: -0.25 },
    ]);
  });

  it('returns as many reasons as asked, the largest first whatever their sign', () => {
    const weights = { alpha: 0.5, bravo: -2, charlie: 1, delta: -0.1, echo: 3, foxtrot: 0.2, golf: -0.7 };
    const raw = email('hello', 'alpha bravo charlie delta echo foxtrot golf');
    const five = SpamFilter.fromModelFile(tinyModelFile(weights), quiet()).classify(raw).reasons;
    expect(five.map((r) => r.token), 'five reasons by default, by size of effect').toEqual(['echo', 'bravo', 'charlie', 'golf', 'alpha']);
    const two = SpamFilter.fromModelFile(tinyModelFile(weights), quiet({ reasons: 2 })).classify(raw).reasons;
    expect(two.map((r) => r.token), 'reasons: 2').toEqual(['echo', 'bravo']);
  });

  it('reads logistic regression models with their own features', () => {
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 2 }, { kind: 'logistic-regression' }), quiet());
    // One known token, seen twice: log1p(2) normalised to unit length is 1, so the log-odds is the weight.
    expect(filter.classify(email('hello', 'zebra zebra')).score, 'sigmoid(2)').toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });
});

describe('classify: input it refuses', () => {
  it.each([
    ['an empty string', ''],
    ['spaces and tabs', ' \t  '],
    ['blank CRLF lines', '\r\n\r\n\r\n'],
  ])('refuses %s as empty (EmptyMessageError, code empty_message)', (_name, raw) => {
    const error = thrown(() => shipped.classify(raw));
    expect(error, 'an EmptyMessageError').toBeInstanceOf(EmptyMessageError);
    expect(error, 'a SpamFilterError with a code').toMatchObject({ code: 'empty_message' });
  });

  it.each([
    ['a sentence', 'Hello, is this spam?'],
    ['binary junk', '\u0000\u0001\u0002\u0003 PNG IHDR'],
    ['JSON', '{"message": "free cash"}'],
  ])('refuses %s as not an email (NotAnEmailError, code not_an_email)', (_name, raw) => {
    const error = thrown(() => shipped.classify(raw));
    expect(error, 'a NotAnEmailError').toBeInstanceOf(NotAnEmailError);
    expect(error).toMatchObject({ code: 'not_an_email' });
  });

  it('accepts a message with any one of the usual header fields', () => {
    for (const header of ['From: a@example.com', 'To: b@example.com', 'Subject: hi', 'Date: Mon, 2 Sep 2002 10:00:00 +0100', 'Received: from mx.example.com', 'Message-ID: <1@example.com>', 'Return-Path: <a@example.com>']) {
      expect(() => shipped.classify(`${header}\r\n\r\nsee you at noon\r\n`), `a message whose only header is "${header}"`).not.toThrow();
    }
  });

  it('refuses a message over the size limit, counting UTF-8 bytes, and accepts one exactly at it', () => {
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }), quiet({ maxMessageBytes: 200 }));
    const head = 'Subject: big\r\n\r\n'; // 16 bytes
    expect(() => filter.classify(head + 'x'.repeat(184)), 'exactly 200 bytes').not.toThrow();
    const over = thrown(() => filter.classify(head + 'x'.repeat(185)));
    expect(over, '201 bytes').toBeInstanceOf(MessageTooLargeError);
    expect(over, 'the error says the size and the limit').toMatchObject({ code: 'message_too_large', sizeBytes: 201, maxBytes: 200 });
    // 100 characters, but "é" is 2 bytes in UTF-8: 216 bytes.
    expect(thrown(() => filter.classify(head + 'é'.repeat(100))), '100 × "é" is 200 bytes of body').toMatchObject({ code: 'message_too_large', sizeBytes: 216 });
  });

  it('checks the size before reading the message, so a huge text is refused as too large', () => {
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }), quiet({ maxMessageBytes: 1000 }));
    const error = thrown(() => filter.classify('no header here, just '.repeat(100)));
    expect(error, '2,100 bytes with no header fields: too large, not "not an email"').toBeInstanceOf(MessageTooLargeError);
  });

  it('every refusal is a SpamFilterError, so callers can catch them all at once', () => {
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }), quiet({ maxMessageBytes: 100 }));
    for (const raw of ['', 'hello', email('big', 'x'.repeat(200))]) {
      expect(thrown(() => filter.classify(raw)), JSON.stringify(raw.slice(0, 30))).toBeInstanceOf(SpamFilterError);
    }
  });
});

describe('classifyBatch', () => {
  it('gives one result per message, in order, with refusals in place', () => {
    const raws = [email('lunch', 'see you at noon'), '', 'just text', email('more', 'zebra')];
    const filter = SpamFilter.fromModelFile(tinyModelFile({ zebra: 3 }), quiet());
    const results = filter.classifyBatch(raws);
    expect(results.map((r) => (r.ok ? r.classification.label : r.error.code)), 'labels and error codes, in order').toEqual(['spam', 'empty_message', 'not_an_email', 'spam']);
    expect(results[1], 'an error entry carries the code and the message').toEqual({ ok: false, error: { code: 'empty_message', message: new EmptyMessageError().message } });
    expect(results[3], 'a classification entry is what classify returns').toEqual({ ok: true, classification: filter.classify(raws[3]) });
    expect(filter.classifyBatch([]), 'an empty batch').toEqual([]);
  });

  it('lets an error that is not a refusal propagate: it is a bug, not bad input', () => {
    expect(() => shipped.classifyBatch([email('a', 'b'), 42 as unknown as string]), 'a number where a message should be').toThrow(TypeError);
  });
});

describe('on the real model and the course sample', () => {
  it('loads the shipped model file and reports its version and threshold', () => {
    expect(shipped.modelVersion).toBe(model.modelVersion);
    expect(shipped.threshold).toBe(model.threshold);
  });

  it('classifies every sample message from raw text, every group, consistently with its score', () => {
    const results = shipped.classifyBatch(sample.map((m) => m.raw));
    results.forEach((result, i) => {
      const m = sample[i];
      expect(result.ok, `${m.id} (${m.group}) was refused: ${result.ok ? '' : result.error.message}`).toBe(true);
      if (!result.ok) return;
      const { label, score, threshold, reasons } = result.classification;
      expect(label, `${m.id}: score ${score} against threshold ${threshold}`).toBe(score >= threshold ? 'spam' : 'ham');
      expect(reasons.length, `${m.id}: reasons`).toBeLessThanOrEqual(5);
    });
    expect(new Set(sample.map((m) => m.group)).size, 'every corpus group is in the sample').toBe(5);
  });

  it('gets the demo messages right (clear cases the pipeline picked)', () => {
    const demos = sample.filter((m) => m.demo);
    expect(demos.length).toBeGreaterThan(0);
    for (const m of demos) expect(shipped.classify(m.raw).label, `${m.id}: ${m.raw.slice(0, 80)}`).toBe(m.label);
  });
});
