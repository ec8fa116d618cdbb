import type { WrongAnswer } from '../../wrong-answer';

const types = `export interface SampleMessage { id: string; group: string; label: 'ham' | 'spam'; raw: string }
export interface GroupCount { group: string; label: 'ham' | 'spam'; messages: number }
`;
const rightCount = `export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const rows = new Map<string, GroupCount>();
  for (const m of messages) {
    const row = rows.get(m.group) ?? { group: m.group, label: m.label, messages: 0 };
    row.messages += 1;
    rows.set(m.group, row);
  }
  return [...rows.values()].sort((a, b) => a.group.localeCompare(b.group));
}
`;
const rightShare = `export function spamShare(messages: SampleMessage[]): number {
  return messages.length === 0 ? 0 : messages.filter((m) => m.label === 'spam').length / messages.length;
}
`;

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'rows in the order the groups first appear, not sorted',
    files: {
      'corpus.ts': `${types}export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const rows = new Map<string, GroupCount>();
  for (const m of messages) {
    const row = rows.get(m.group) ?? { group: m.group, label: m.label, messages: 0 };
    row.messages += 1;
    rows.set(m.group, row);
  }
  return [...rows.values()];
}
${rightShare}`,
    },
  },
  {
    name: 'counts by label (ham, spam) instead of by group',
    files: {
      'corpus.ts': `${types}export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const rows = new Map<string, GroupCount>();
  for (const m of messages) {
    const row = rows.get(m.label) ?? { group: m.label, label: m.label, messages: 0 };
    row.messages += 1;
    rows.set(m.label, row);
  }
  return [...rows.values()].sort((a, b) => a.group.localeCompare(b.group));
}
${rightShare}`,
    },
  },
  {
    name: 'spam divided by ham (odds), not by all messages',
    files: {
      'corpus.ts': `${types}${rightCount}export function spamShare(messages: SampleMessage[]): number {
  const spam = messages.filter((m) => m.label === 'spam').length;
  const ham = messages.length - spam;
  return ham === 0 ? 0 : spam / ham;
}`,
    },
  },
  {
    name: 'divides by zero on an empty list',
    files: {
      'corpus.ts': `${types}${rightCount}export function spamShare(messages: SampleMessage[]): number {
  return messages.filter((m) => m.label === 'spam').length / messages.length;
}`,
    },
  },
  {
    name: 'counts runs of the same group, as if the messages came sorted by group',
    files: {
      'corpus.ts': `${types}export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const rows: GroupCount[] = [];
  for (const m of messages) {
    const last = rows[rows.length - 1];
    if (last && last.group === m.group) last.messages++;
    else rows.push({ group: m.group, label: m.label, messages: 1 });
  }
  return rows.sort((a, b) => a.group.localeCompare(b.group));
}
${rightShare}`,
    },
  },
  {
    name: "guesses each group's label from its name",
    files: {
      'corpus.ts': `${types}export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  const counts: Record<string, number> = {};
  for (const m of messages) counts[m.group] = (counts[m.group] ?? 0) + 1;
  return Object.keys(counts).sort().map((group) => ({ group, label: group.startsWith('spam') ? 'spam' : 'ham', messages: counts[group] }));
}
${rightShare}`,
    },
  },
  {
    name: "sorts the caller's messages in place to count runs",
    files: {
      'corpus.ts': `${types}export function countByGroup(messages: SampleMessage[]): GroupCount[] {
  messages.sort((a, b) => a.group.localeCompare(b.group));
  const rows: GroupCount[] = [];
  for (const m of messages) {
    const last = rows[rows.length - 1];
    if (last && last.group === m.group) last.messages++;
    else rows.push({ group: m.group, label: m.label, messages: 1 });
  }
  return rows;
}
${rightShare}`,
    },
  },
  {
    name: 'spam share by group name instead of label',
    files: {
      'corpus.ts': `${types}${rightCount}export function spamShare(messages: SampleMessage[]): number {
  return messages.length === 0 ? 0 : messages.filter((m) => m.group.startsWith('spam')).length / messages.length;
}`,
    },
  },
];

export default wrongAnswers;
