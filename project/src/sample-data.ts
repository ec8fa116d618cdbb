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
  /** The sample messages in the parts read, as `Email`s, in the sample's order. */
  emails: Email[];
  /** The sample's messages in the parts of one of the pipeline's splits, each part oldest first. */
  split: Split;
  /** Tokens of a sample message, read once and remembered. */
  tokensOf: (email: Email) => string[];
}

const ALL_PARTS: readonly (keyof Split)[] = ['train', 'validation', 'test'];

/**
 * Reads the sample's messages in `parts` of split `splitName` (every part by default); the
 * other parts of `split` come back empty. Reading is most of the cost, so read only what you use.
 */
export function readSample(sample: readonly SampleMessage[], splitName: SplitName = 'time', parts: readonly (keyof Split)[] = ALL_PARTS): SampleData {
  const wanted = sample.filter((message) => {
    const part = message.splits[splitName];
    return part !== null && parts.includes(part);
  });
  const emails: Email[] = wanted.map((message) => ({
    ...readMessage(message.raw),
    id: message.id,
    group: message.group,
    label: message.label,
    date: message.date,
    sizeBytes: message.raw.length,
  }));
  const part = new Map(wanted.map((message) => [message.id, message.splits[splitName]]));
  const inPart = (name: keyof Split) => emails.filter((email) => part.get(email.id) === name).sort(byDateThenId);
  const tokens = new Map<string, string[]>();
  const tokensOf = (email: Email) => {
    let found = tokens.get(email.id);
    if (found === undefined) tokens.set(email.id, (found = tokenize(email)));
    return found;
  };
  return { emails, split: { train: inPart('train'), validation: inPart('validation'), test: inPart('test') }, tokensOf };
}
