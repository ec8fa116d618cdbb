/**
 * Leakage the modeller causes, found by its effect. Whatever is fitted on the training period
 * (a vocabulary, a statistic, a model's weights, a threshold) must come out the same whatever
 * the test set holds. The probe runs a procedure on a split, then again with only the test set
 * changed, and compares what was fitted, part by part: a part that moved was fitted or chosen
 * on test data. The split's own leakage (time, duplicates) is `time-split.ts`'s check.
 */
import type { Label, Split } from './types';

/** What the procedure fitted, by part name (`vocabulary`, `threshold of naive-bayes`): plain data, typed arrays allowed. */
export type FittedParts = Record<string, unknown>;

export interface TestSetChange<T> {
  /** Says what changed, to finish the sentence "… changed when …". */
  description: string;
  change: (test: readonly T[]) => T[];
}

/**
 * Two changes that move anything that reads the test set: flipping its labels moves what reads
 * labels (a threshold, class counts); leaving out every other message moves what reads text
 * (a vocabulary, a scaling statistic).
 */
export function testSetChanges<T extends { label: Label }>(): TestSetChange<T>[] {
  return [
    { description: 'the test labels were flipped', change: (test) => test.map((item) => ({ ...item, label: item.label === 'spam' ? 'ham' : 'spam' })) },
    { description: 'every other test message was left out', change: (test) => test.filter((_, i) => i % 2 === 0) },
  ];
}

export interface TestLeak {
  part: string;
  /** The first change that moved it. */
  change: string;
}

export interface LeakageProbeReport {
  ok: boolean;
  leaks: TestLeak[];
  /** One sentence per leak, naming the part and the mistake. */
  problems: string[];
}

export function probeTestLeakage<T extends { label: Label }>(
  split: Split<T>,
  fit: (split: Split<T>) => FittedParts,
  changes: TestSetChange<T>[] = testSetChanges<T>(),
): LeakageProbeReport {
  const reference = fingerprints(fit(split));
  const leaks: TestLeak[] = [];
  for (const { description, change } of changes) {
    const changed = fingerprints(fit({ ...split, test: change(split.test) }));
    for (const part of new Set([...reference.keys(), ...changed.keys()])) {
      if (reference.get(part) !== changed.get(part) && !leaks.some((leak) => leak.part === part)) leaks.push({ part, change: description });
    }
  }
  return {
    ok: leaks.length === 0,
    leaks,
    problems: leaks.map(({ part, change }) => `${part} changed when ${change}, and nothing else did: it was fitted or chosen on the test set`),
  };
}

/** Each part as canonical JSON, so parts compare by value (typed arrays as arrays). */
function fingerprints(parts: FittedParts): Map<string, string> {
  return new Map(Object.entries(parts).map(([part, value]) => [part, JSON.stringify(value, (_key, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))]));
}
