/**
 * The browser sample as the models see it: each raw message read by `readMessage`, the reader
 * the filter serves with, so exercises train and score on the same tokens as the pipeline.
 */
import type { SampleMessage } from './artefacts';
import { byDateThenId } from './order';
import type { SplitName } from './prepare-data';
import { readMessage } from './read-message';
import { tokenize } from './tokenize';
import type { Email, Split } from './types';

export interface SampleData {
  /** Every sample message as an `Email`, in the sample's order. */
  emails: Email[];
  /** The sample's messages in the parts of one of the pipeline's splits, each part oldest first. */
  split: Split;
  /** Tokens of a sample message, read once and remembered. */
  tokensOf: (email: Email) => string[];
}

export function readSample(sample: readonly SampleMessage[], splitName: SplitName = 'time'): SampleData {
  const emails: Email[] = sample.map((message) => ({
    ...readMessage(message.raw),
    id: message.id,
    group: message.group,
    label: message.label,
    date: message.date,
    sizeBytes: message.raw.length,
  }));
  const part = new Map(sample.map((message) => [message.id, message.splits[splitName]]));
  const inPart = (name: keyof Split) => emails.filter((email) => part.get(email.id) === name).sort(byDateThenId);
  const tokens = new Map<string, string[]>();
  const tokensOf = (email: Email) => {
    let found = tokens.get(email.id);
    if (found === undefined) tokens.set(email.id, (found = tokenize(email)));
    return found;
  };
  return { emails, split: { train: inPart('train'), validation: inPart('validation'), test: inPart('test') }, tokensOf };
}
