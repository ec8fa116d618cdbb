/**
 * Cleaning: apply what we know about the corpus to each parsed message. Nothing is dropped
 * here; every change is counted, so the manifest says what cleaning did.
 */
import { CORPUS_PERIOD, readReceivedDate, type Period } from './dates';
import { collapseWhitespace } from './html-to-text';
import type { Email } from './types';

export interface CleanResult {
  emails: Email[];
  /** How many messages each change touched, e.g. `{ "date: two-digit year": 21 }`. */
  notes: Record<string, number>;
}

export function cleanEmails(emails: Email[], period: Period = CORPUS_PERIOD): CleanResult {
  const notes: Record<string, number> = {};
  const note = (reason: string) => (notes[reason] = (notes[reason] ?? 0) + 1);

  const cleaned = emails.map((email) => {
    // Re-read the date now that we know the corpus' period: implausible candidates are skipped.
    const received = readReceivedDate(email.headers, period);
    for (const fix of received.fixes) note(`date: ${fix}`);
    if (received.source === 'date') note('date: read from Date header');
    if (received.iso === null) note('date: none trustworthy');

    const text = collapseWhitespace(email.text);
    if (text !== email.text) note('whitespace normalised');
    if (text === '') note('empty body');

    return {
      ...email,
      subject: collapseWhitespace(email.subject),
      from: collapseWhitespace(email.from),
      text,
      date: received.iso,
      dateSource: received.source,
      dateFixes: received.fixes,
    };
  });
  return { emails: cleaned, notes };
}
