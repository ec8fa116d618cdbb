import { describe, expect, it } from 'vitest';
import { showTable } from 'course:display';
import sample from 'dataset:sample';
import { countByGroup, spamShare, type SampleMessage } from './corpus';

const messages: SampleMessage[] = sample;

// First, one real message as it sits in the corpus: the shortest spam in the sample.
const spam = messages.filter((message) => message.label === 'spam');
const shortest = spam.reduce((a, b) => (b.raw.length < a.raw.length ? b : a));
console.log(`${shortest.id}, exactly as stored:\n\n${shortest.raw}`);

// Five made-up messages from three groups, the spam one first: the rows must not depend on that order.
const few = (group: string, label: 'ham' | 'spam', n: number): SampleMessage[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${group}/${i}`, group, label, raw: '' }));
const small = [...few('spam-2', 'spam', 1), ...few('easy-ham-1', 'ham', 3), ...few('hard-ham-1', 'ham', 1)];

describe('countByGroup', () => {
  it('counts a small hand-made list, one row per group, sorted by group name', () => {
    expect(countByGroup(small), 'easy-ham-1: 3, hard-ham-1: 1, spam-2: 1, in that order').toEqual([
      { group: 'easy-ham-1', label: 'ham', messages: 3 },
      { group: 'hard-ham-1', label: 'ham', messages: 1 },
      { group: 'spam-2', label: 'spam', messages: 1 },
    ]);
    expect(countByGroup([]), 'no messages, no rows').toEqual([]);
  });

  it('counts messages that arrive mixed up, not grouped together', () => {
    const mixed = [...few('spam-1', 'spam', 2), ...few('easy-ham-1', 'ham', 2), ...few('spam-1', 'spam', 1), ...few('easy-ham-1', 'ham', 1)];
    expect(countByGroup(mixed), 'spam-1, easy-ham-1, spam-1, easy-ham-1: still one row per group').toEqual([
      { group: 'easy-ham-1', label: 'ham', messages: 3 },
      { group: 'spam-1', label: 'spam', messages: 3 },
    ]);
  });

  it('takes each group\'s label from its messages, not from its name', () => {
    const renamed = [...few('honeypot', 'spam', 2), ...few('inbox', 'ham', 1)];
    expect(countByGroup(renamed), 'a group called "honeypot" can hold spam').toEqual([
      { group: 'honeypot', label: 'spam', messages: 2 },
      { group: 'inbox', label: 'ham', messages: 1 },
    ]);
  });

  it('leaves the list it is given in its order', () => {
    const given = [...few('spam-2', 'spam', 1), ...few('easy-ham-1', 'ham', 2)];
    countByGroup(given);
    expect(given.map((message) => message.id), 'counting must not sort the caller\'s messages').toEqual(['spam-2/0', 'easy-ham-1/0', 'easy-ham-1/1']);
  });

  it('gives the sample one row for each of the corpus\'s five groups', () => {
    const groups = countByGroup(messages).map((row) => row.group);
    expect(groups, 'the five groups, sorted by name').toEqual(['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']);
  });

  it('counts every message of the sample once, under its own group and label', () => {
    const rows = countByGroup(messages);
    const total = rows.reduce((sum, row) => sum + row.messages, 0);
    expect(total, `the rows add up to the ${messages.length} messages of the sample`).toBe(messages.length);
    for (const row of rows) {
      const inGroup = messages.filter((message) => message.group === row.group);
      expect(row.messages, `${row.group} holds ${inGroup.length} messages of the sample`).toBe(inGroup.length);
      expect(row.label, `${row.group} is labelled ${inGroup[0]?.label}`).toBe(inGroup[0]?.label);
    }
  });
});

describe('spamShare', () => {
  it('is the spam messages divided by all messages', () => {
    const twoOfFive = [...few('spam-1', 'spam', 2), ...few('easy-ham-2', 'ham', 3)];
    expect(spamShare(twoOfFive), '2 spam among 5 messages is 0.4 (a share, not 2 ÷ 3)').toBeCloseTo(0.4, 10);
    expect(spamShare(few('easy-ham-1', 'ham', 4)), 'no spam at all is 0').toBe(0);
    expect(spamShare([...few('honeypot', 'spam', 1), ...few('inbox', 'ham', 3)]), 'the label says spam, whatever the group is called').toBeCloseTo(0.25, 10);
  });

  it('is 0, not NaN, when there are no messages', () => {
    expect(spamShare([]), 'nothing to count gives 0').toBe(0);
  });

  it('gives the sample\'s share of spam', () => {
    expect(spamShare(messages), `${spam.length} spam messages among ${messages.length}`).toBeCloseTo(spam.length / messages.length, 10);
  });
});

describe('the sample, as a table', () => {
  it('shows your counts', () => {
    const rows = countByGroup(messages);
    showTable(rows, `The ${messages.length} messages of the sample, by group`);
    console.log(`Share of spam in the sample: ${(spamShare(messages) * 100).toFixed(1)}%`);
    expect(rows.length, 'a row per group to show').toBeGreaterThan(0);
  });
});
