import { logOddsOf, reasonsFor, sigmoid, type LinearModel, type Reason } from '@project/linear-model';
import { jsonLogger, type Logger, type RefusalCode } from '@project/logging';
import { logisticFeatures } from '@project/logistic-regression';
import { modelFromFile, parseModelFile, type MetricsSummary, type ModelFile, type ModelKind } from '@project/model-file';
import { naiveBayesFeatures } from '@project/naive-bayes';
import { readMessage } from '@project/read-message';
import { requirements } from '@project/requirements';
import { tokenize } from '@project/tokenize';
import type { Label } from '@project/types';
import type { SparseFeatures, Vocabulary } from '@project/vocabulary';

/** The stable codes of refused input, one per error class below. */
export type SpamFilterErrorCode = RefusalCode;

/** Every input the filter refuses raises one of these; `code` is stable, the message is for people. */
export class SpamFilterError extends Error {
  constructor(
    readonly code: SpamFilterErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The message is empty or only whitespace. */
export class EmptyMessageError extends SpamFilterError {
  constructor() {
    super('empty_message', 'The message is empty.');
  }
}

/** The message is over the size limit, counted in UTF-8 bytes; says its size and the limit. */
export class MessageTooLargeError extends SpamFilterError {
  constructor(
    readonly sizeBytes: number,
    readonly maxBytes: number,
  ) {
    super('message_too_large', `The message is ${sizeBytes} bytes; the limit is ${maxBytes}.`);
  }
}

/** The text has none of the header fields nearly every email has (From, To, Subject, Date…). */
export class NotAnEmailError extends SpamFilterError {
  constructor() {
    super('not_an_email', 'This does not look like an email: it has no header fields such as From, To, Subject or Date.');
  }
}

/** What `classify` decides about one message. */
export interface Classification {
  /** `spam` when the score is at or above the threshold, else `ham`. */
  label: Label;
  /** The model's probability that the message is spam, between 0 and 1. */
  score: number;
  /** The model file's threshold, returned with each decision so it can be read on its own. */
  threshold: number;
  /** The tokens that moved the score most; positive weights pushed towards spam. */
  reasons: Reason[];
}

/** One entry of `classifyBatch`: a classification, or the code and message of a refusal. */
export type BatchResult = { ok: true; classification: Classification } | { ok: false; error: { code: SpamFilterErrorCode; message: string } };

// Logging lives in its own module; the filter's callers find it here too.
export { jsonLogger, silentLogger, type LogEntry, type Logger } from '@project/logging';

/** How to build a filter; every option has a default from the product's requirements. */
export interface SpamFilterOptions {
  /** Where log entries go; one JSON line each on stdout by default. */
  logger?: Logger;
  /** The largest message accepted, in UTF-8 bytes; 512 KB by default. */
  maxMessageBytes?: number;
  /** How many reasons come with each decision; 5 by default. */
  reasons?: number;
}

type Featurizer = (tokens: readonly string[], vocabulary: Vocabulary) => SparseFeatures;

const FEATURES: Record<ModelKind, Featurizer> = {
  'naive-bayes': naiveBayesFeatures,
  'logistic-regression': logisticFeatures,
};

// Header fields nearly every real message has; a text with none of them is not an email.
const EMAIL_FIELDS = ['from', 'to', 'subject', 'date', 'received', 'message-id', 'return-path'];

/**
 * The inference class: loads a versioned model file once, then classifies raw messages
 * synchronously (no I/O, no awaits), validating input and logging every decision.
 */
export class SpamFilter {
  /** The model file's version, which names the data it was trained on. */
  readonly modelVersion: string;
  /** Which model the file holds: `naive-bayes` or `logistic-regression`. */
  readonly kind: ModelKind;
  /** Scores at or above it are spam (from the model file). */
  readonly threshold: number;
  /** What the model achieved where it was measured, as the model file records it. */
  readonly metrics: MetricsSummary;
  private readonly model: LinearModel;
  private readonly logger: Logger;
  private readonly maxMessageBytes: number;
  private readonly reasonCount: number;
  private nextId = 1;

  private constructor(file: ModelFile, options: SpamFilterOptions) {
    this.modelVersion = file.modelVersion;
    this.kind = file.kind;
    this.threshold = file.threshold;
    this.metrics = file.metrics;
    this.model = modelFromFile(file);
    this.logger = options.logger ?? jsonLogger();
    this.maxMessageBytes = options.maxMessageBytes ?? requirements.maxMessageBytes;
    this.reasonCount = options.reasons ?? requirements.reasonsPerDecision;
  }

  /**
   * Builds a filter from a model file, given as parsed JSON or as its text; validates it first.
   * @throws {ModelFileError} when the file is not JSON, has another schema version, or breaks its schema; the error lists every problem by path.
   */
  static fromModelFile(json: unknown, options: SpamFilterOptions = {}): SpamFilter {
    return new SpamFilter(parseModelFile(json), options);
  }

  /**
   * Classifies one raw RFC 822 message, synchronously, and logs the decision (never the content).
   * `id` only labels the log line; it defaults to a counter.
   * @returns the label, the score, the threshold and the reasons.
   * @throws {EmptyMessageError} when the message is empty or only whitespace.
   * @throws {MessageTooLargeError} when it is over the size limit in UTF-8 bytes (checked before it is read).
   * @throws {NotAnEmailError} when it has none of the usual header fields.
   */
  classify(raw: string, id = `msg-${this.nextId++}`): Classification {
    const started = performance.now();
    const sizeBytes = utf8Length(raw);
    try {
      const classification = this.decide(raw, sizeBytes);
      this.logger({ event: 'classified', id, sizeBytes, latencyMs: performance.now() - started, label: classification.label });
      return classification;
    } catch (error) {
      const latencyMs = performance.now() - started;
      if (error instanceof SpamFilterError) this.logger({ event: 'rejected', id, sizeBytes, latencyMs, code: error.code });
      else this.logger({ event: 'failed', id, sizeBytes, latencyMs, error: error instanceof Error ? error.name : typeof error });
      throw error;
    }
  }

  /**
   * Classifies many messages, in order; a refused message gives an error entry in its place
   * instead of failing the batch.
   * @returns one `BatchResult` per message, in the same order.
   * @throws {Error} only an error that is not a refusal, such as a message that is not a string: a bug in the caller.
   */
  classifyBatch(raws: readonly string[]): BatchResult[] {
    // Your code: one result per message, in the same order. Classify each with `this.classify`;
    // when it throws a SpamFilterError, put `{ ok: false, error: { code, message } }` in its
    // place and go on. Any other error is a bug, not bad input: let it propagate.
    return [];
  }

  private decide(raw: string, sizeBytes: number): Classification {
    // Your code. Refuse what cannot be classified, cheapest check first, each with its own error:
    //   1. empty, or only whitespace                → EmptyMessageError
    //   2. more than this.maxMessageBytes (UTF-8)    → MessageTooLargeError(sizeBytes, limit)
    //   3. read it (readMessage); none of EMAIL_FIELDS among its headers → NotAnEmailError
    // Then decide: the features of its tokens (FEATURES[this.kind]), the log-odds, the sigmoid,
    // 'spam' at or above the model's threshold, and the reasons (this.reasonCount of them).
    throw new Error('decide is not written yet');
  }
}

/** Size in bytes as UTF-8, without allocating an encoded copy of the message. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
