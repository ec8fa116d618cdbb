/**
 * The records that flow through the project. Every stage speaks these types, so a stage can
 * be replaced (by a learner's own code, say) without touching its neighbours. Each record is a
 * schema first: its type comes from it, and its descriptions are the data dictionary's.
 */
import * as z from 'zod';

export const LABELS = ['spam', 'ham'] as const;
export const labelSchema = z.enum(LABELS).describe('`spam`, or `ham` for legitimate mail.');
export type Label = z.infer<typeof labelSchema>;

export const dateFixSchema = z
  .enum(['two-digit year', 'year counted from 1900', 'missing zone', 'unknown zone', 'malformed zone', 'outside period'])
  .describe('A repair applied to a date, or a reason a candidate date was not used.');
export type DateFix = z.infer<typeof dateFixSchema>;

export const rawMessageSchema = z
  .object({
    id: z.string().describe('Stable identifier: corpus group and file name, e.g. `spam-2/00017.abc….txt`.'),
    group: z.string().describe('Which folder (batch) of the corpus it came from, e.g. `easy-ham-1`.'),
    label: labelSchema,
    raw: z.string().describe('The message as it sits on disk, one character per byte.'),
  })
  .describe('One raw RFC 822 message as it sits on disk, before any parsing.');
export type RawMessage = z.infer<typeof rawMessageSchema>;

export const emailSchema = z
  .object({
    id: z.string().describe('The raw message’s id.'),
    group: z.string().describe('The corpus group, e.g. `hard-ham-1`.'),
    label: labelSchema,
    headers: z.record(z.string(), z.array(z.string())).describe('Header fields, names lower-cased, values unfolded; repeated fields keep every value in order.'),
    subject: z.string().describe('The Subject, encoded words decoded.'),
    from: z.string().describe('The From field, encoded words decoded.'),
    date: z.string().nullable().describe('When the message was received, ISO 8601 (UTC); null when no trustworthy date exists.'),
    text: z.string().describe('Plain text of the body: text parts, plus HTML parts converted to text.'),
    hasHtml: z.boolean().describe('True when the message had at least one HTML part.'),
    attachments: z.number().int().nonnegative().describe('Number of attachments (non-inline parts that are not text).'),
    sizeBytes: z.number().int().nonnegative().describe('Size of the raw message in bytes (UTF-8 size for pasted Unicode text).'),
    htmlOnly: z.boolean().optional().describe('True when HTML was the only readable body (no text/plain part).'),
    dateSource: z.enum(['received', 'date']).nullable().optional().describe('Where `date` was read from: the topmost usable `Received:` header, else `Date:`.'),
    dateFixes: z.array(dateFixSchema).optional().describe('Repairs made to read `date`, for the data-quality report.'),
    charsets: z.array(z.string()).optional().describe('Charsets the message’s MIME headers declare, lower-cased.'),
    transferEncodings: z.array(z.string()).optional().describe('Content-Transfer-Encodings the message declares, lower-cased.'),
  })
  .describe('A parsed and cleaned message: what every later stage consumes.');
export type Email = z.infer<typeof emailSchema>;

export const stageCountSchema = z
  .object({
    stage: z.string().describe('The stage’s name, e.g. `dedupe`.'),
    in: z.number().int().nonnegative().describe('Items the stage received.'),
    out: z.number().int().nonnegative().describe('Items it passed on.'),
    notes: z.record(z.string(), z.number()).optional().describe('Why items were dropped or changed, e.g. `{ "exact duplicate": 12 }`.'),
  })
  .describe('Counts in and out of one pipeline stage, for the manifest.');
export type StageCount = z.infer<typeof stageCountSchema>;

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
