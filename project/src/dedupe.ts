/**
 * Duplicates: the same message delivered twice (exact) and spam campaigns that change a name
 * or a link per copy (near). Left in, they inflate test scores, because the model is tested
 * on copies of what it trained on. From each group of duplicates we keep the earliest.
 *
 * Near duplicates are found with MinHash and banded locality-sensitive hashing, so we never
 * compare every pair of messages (18 million pairs for 6,000 messages).
 */
import { firstCopies, normaliseBody } from './exact-duplicates';
import { byDateThenId, byId, compareIds } from './order';
import { mulberry32 } from './random';
import type { Email } from './types';

export { normaliseBody };

export interface DedupeOptions {
  /** Seed of the MinHash functions. */
  seed?: number;
  /** Jaccard similarity of word shingles from which two messages count as near duplicates. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
  /** LSH bands × rows per band = MinHash functions. Candidates show up from about (1/bands)^(1/rows) similarity. */
  bands?: number;
  rows?: number;
}

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

/** Pairs of indices into `bodies` whose word-shingle Jaccard similarity reaches the threshold. */
export function nearDuplicatePairs(bodies: string[], options: DedupeOptions = {}): [number, number][] {
  const { seed = 42, threshold = 0.8, shingleSize = 5, bands = 16, rows = 4 } = options;
  const random = mulberry32(seed);
  const hashSeeds = Array.from({ length: bands * rows }, () => Math.floor(random() * 2 ** 32));
  const shingleSets = bodies.map((body) => shingles(body, shingleSize));

  // Messages whose MinHash signatures agree on a whole band land in the same bucket.
  const buckets = new Map<string, number[]>();
  shingleSets.forEach((set, i) => {
    if (set.size === 0) return; // too short to judge
    const signature = minHash(set, hashSeeds);
    for (let band = 0; band < bands; band++) {
      const key = `${band}:${signature.slice(band * rows, (band + 1) * rows).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });

  // Bucket mates are only candidates; the exact Jaccard similarity decides.
  const checked = new Set<number>();
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [a, b] = [bucket[x], bucket[y]];
        const pairKey = a * bodies.length + b;
        if (checked.has(pairKey)) continue;
        checked.add(pairKey);
        if (jaccard(shingleSets[a], shingleSets[b]) >= threshold) pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Hashes of every run of `size` consecutive words; empty when the text is shorter than that. */
function shingles(body: string, size: number): Set<number> {
  // Hash each word once, then combine `size` word hashes per shingle: much cheaper than
  // building and hashing every shingle's string.
  const words = (body.match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const set = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let hash = 0;
    for (let j = i; j < i + size; j++) hash = Math.imul(hash ^ words[j], 0x9e3779b1);
    set.add(mix32(hash));
  }
  return set;
}

/** For each hash function, the smallest hash over the set: equal with probability = Jaccard similarity. */
function minHash(set: Set<number>, hashSeeds: number[]): Uint32Array {
  const signature = new Uint32Array(hashSeeds.length).fill(0xffffffff);
  for (const value of set) {
    for (let h = 0; h < hashSeeds.length; h++) {
      const hashed = mix32(value ^ hashSeeds[h]);
      if (hashed < signature[h]) signature[h] = hashed;
    }
  }
  return signature;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

/** FNV-1a: a simple, well-spread 32-bit string hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finaliser: turns `value ^ seed` into a fresh-looking hash, one per seed. */
function mix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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
