/**
 * The records that flow through the project. Every stage speaks these types, so a stage can
 * be replaced (by a learner's own code, say) without touching its neighbours.
 */

export type Label = 'spam' | 'ham';

/** One raw RFC 822 message as it sits on disk, before any parsing. */
export interface RawMessage {
  /** Stable identifier, e.g. `spam-2/00017.abc…` (group + file name). */
  id: string;
  /** Which folder (batch) of the corpus it came from, e.g. `easy-ham-1`. */
  group: string;
  label: Label;
  raw: string;
}

/** A parsed and cleaned message: what every later stage consumes. */
export interface Email {
  id: string;
  group: string;
  label: Label;
  /** Header fields, names lower-cased, values unfolded; repeated fields keep every value in order. */
  headers: Record<string, string[]>;
  subject: string;
  from: string;
  /** When the message was received, as an ISO 8601 string; null when no trustworthy date exists. */
  date: string | null;
  /** Plain text of the body: text parts, plus HTML parts converted to text. */
  text: string;
  /** True when the message had at least one HTML part. */
  hasHtml: boolean;
  /** Number of attachments (non-inline parts that are not text). */
  attachments: number;
  /** Size of the raw message in bytes (UTF-8). */
  sizeBytes: number;
}

/** Counts in and out of one pipeline stage, for the manifest. */
export interface StageCount {
  stage: string;
  in: number;
  out: number;
  /** Why items were dropped or changed, e.g. `{ "exact duplicate": 12 }`. */
  notes?: Record<string, number>;
}

export interface Split<T = Email> {
  train: T[];
  /** The last slice of the training period: used for choices (threshold, hyper-parameters), never the test set. */
  validation: T[];
  test: T[];
}
