/**
 * Duplicates: the same message delivered twice (exact) and spam campaigns that change a name
 * or a link per copy (near). Left in, they inflate test scores, because the model is tested
 * on copies of what it trained on. From each group of duplicates we keep the earliest.
 *
 * Near duplicates are found with MinHash and banded locality-sensitive hashing
 * (`near-duplicates.ts`), so we never compare every pair of messages.
 */
import { firstCopies, normaliseBody } from './exact-duplicates';
import { nearDuplicatePairs, type NearDuplicateOptions } from './near-duplicates';
import { byDateThenId, byId, compareIds } from './order';
import type { Email } from './types';

export { nearDuplicatePairs, normaliseBody };

/** Settings of the near-duplicate search (`NEAR_DUPLICATES` when left out). */
export type DedupeOptions = NearDuplicateOptions;

/** A group of duplicate messages: `kept` is the earliest, the others were removed. */
export interface DuplicateCluster {
  kept: string;
  removed: string[];
  /** `exact` when every member has the same normalised body. */
  kind: 'exact' | 'near';
  /** True when the members disagree on the label: a sign of label noise. */
  mixedLabels: boolean;
}

export interface DedupeResult {
  /** The kept messages, sorted by id. */
  emails: Email[];
  clusters: DuplicateCluster[];
  exactRemoved: number;
  nearRemoved: number;
}

export function dedupe(emails: Email[], options: DedupeOptions = {}): DedupeResult {
  // Earliest first (undated last): the first member of a cluster is the one we keep.
  const ordered = emails.slice().sort(byDateThenId);
  const bodies = ordered.map((email) => normaliseBody(email.text));
  const clusterOf = new UnionFind(ordered.length);

  // Exact duplicates: same normalised body. Empty bodies are left out (first copy -1).
  const firsts = firstCopies(bodies);
  firsts.forEach((first, i) => {
    if (first !== -1 && first !== i) clusterOf.union(first, i);
  });

  // Near duplicates, among one representative (the first copy) per exact group.
  const representatives = firsts.flatMap((first, i) => (first === i ? [i] : []));
  for (const [a, b] of nearDuplicatePairs(representatives.map((i) => bodies[i]), options)) {
    clusterOf.union(representatives[a], representatives[b]);
  }

  const members = new Map<number, number[]>();
  ordered.forEach((_, i) => {
    const root = clusterOf.find(i);
    const cluster = members.get(root);
    if (cluster) cluster.push(i);
    else members.set(root, [i]);
  });

  const clusters: DuplicateCluster[] = [];
  const kept: Email[] = [];
  let exactRemoved = 0;
  for (const indices of members.values()) {
    const [first, ...rest] = indices; // in `ordered` order, so the earliest comes first
    kept.push(ordered[first]);
    if (rest.length === 0) continue;
    const distinctBodies = new Set(indices.map((i) => bodies[i])).size;
    exactRemoved += indices.length - distinctBodies;
    clusters.push({
      kept: ordered[first].id,
      removed: rest.map((i) => ordered[i].id),
      kind: distinctBodies === 1 ? 'exact' : 'near',
      mixedLabels: new Set(indices.map((i) => ordered[i].label)).size > 1,
    });
  }
  const removed = ordered.length - kept.length;
  return {
    emails: kept.sort(byId),
    clusters: clusters.sort((a, b) => compareIds(a.kept, b.kept)),
    exactRemoved,
    nearRemoved: removed - exactRemoved,
  };
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  /** Joins two clusters; the smaller index becomes the root, so roots are the earliest members. */
  union(a: number, b: number): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
