/** One message of the sample, as the course's data file holds it. */
export interface SampleMessage {
  /** Where the message sits in the corpus: `<group>/<file name>`. */
  id: string;
  /** The corpus folder it came from, like "easy-ham-1" or "spam-2". */
  group: string;
  label: 'ham' | 'spam';
  /** The message exactly as stored: headers, a blank line, the body. */
  raw: string;
}

/** One row of the table: a group, its label, and how many messages it holds. */
export interface GroupCount {
  group: string;
  label: 'ham' | 'spam';
  messages: number;
}

/** One row per group, sorted by group name. */
export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const rows: GroupCount[] = [];
  // TODO: one row per group, with the group's label and its number of messages.
  return rows;
}

/** The share of messages labelled spam, between 0 and 1 (0 when there are none). */
export function spamShare(messages: SampleMessage[]): number {
  return 0;
}
