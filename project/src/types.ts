/**
 * The records that flow through the project. Every stage speaks these types, so a stage can
 * be replaced (by a learner's own code, say) without touching its neighbours.
 */

export type Label = 'spam' | 'ham';

/** A repair applied to a date, or a reason a candidate date was not used. */
export type DateFix =
  | 'two-digit year'
  | 'year counted from 1900'
  | 'missing zone'
  | 'unknown zone'
  | 'malformed zone'
  | 'outside period';


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
  /** Size of the raw message in bytes: the file's size for a binary string, its UTF-8 size for Unicode text (see `toBytes`). */
  sizeBytes: number;
  /** True when HTML was the only readable body (no text/plain part). */
  htmlOnly?: boolean;
  /** Where `date` was read from: the topmost usable `Received:` header, else `Date:`. */
  dateSource?: 'received' | 'date' | null;
  /** Repairs made to read `date` (e.g. `two-digit year`), for the data-quality report. */
  dateFixes?: DateFix[];
  /** Charsets the message's MIME headers declare, lower-cased. */
  charsets?: string[];
  /** Content-Transfer-Encodings the message declares, lower-cased. */
  transferEncodings?: string[];
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
  /**
   * The last slice of the training period. The pipeline trains on train + validation and makes
   * its choices (threshold, model) by cross-validation over both; the slice alone serves as
   * held-out data for learning curves. Never the test set.
   */
  validation: T[];
  test: T[];
}
