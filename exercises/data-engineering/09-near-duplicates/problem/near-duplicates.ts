/**
 * Near duplicates: spam campaigns that change a name, a link or a number in every copy. Two
 * bodies are near duplicates when their sets of shingles (runs of consecutive words) overlap
 * enough, measured by the Jaccard similarity. MinHash signatures and banded locality-sensitive
 * hashing find those pairs without comparing every pair of bodies.
 */
import { mulberry32 } from '@project/random';

export interface NearDuplicateOptions {
  /** Seed of the MinHash functions. */
  seed?: number;
  /** Jaccard similarity of word shingles from which two bodies count as near duplicates. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
  /** LSH bands × rows per band = MinHash functions. Candidates show up from about (1/bands)^(1/rows) similarity. */
  bands?: number;
  rows?: number;
}

/** The settings the pipeline uses: one place, so the lessons and the manifest agree. */
export const NEAR_DUPLICATES: Required<NearDuplicateOptions> = { seed: 42, threshold: 0.8, shingleSize: 5, bands: 16, rows: 4 };

/** Every run of `size` consecutive words, as one hash each; empty when the body is shorter than that. */
export function shingles(body: string, size: number): Set<number> {
  // TODO: the hash of every run of `size` consecutive words (see `wordHashes` and `shingleHash`).
  return new Set(wordHashes(body));
}

/** Shared shingles over all shingles: 1 for the same set, 0 for sets with nothing in common (or both empty). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  // TODO: members the two sets share, over members of either set.
  return 0;
}

/**
 * For each seed, the smallest hash of any member of the set under that seed's hash function.
 * Two sets agree at one position with probability equal to their Jaccard similarity.
 */
export function minHash(set: Set<number>, seeds: readonly number[]): number[] {
  // TODO: for each seed, the smallest `rehash(value, seed)` over the members of the set.
  return seeds.map(() => 0);
}

/** Pairs `[i, j]` (i < j, sorted) of indices into `bodies` whose shingle sets reach the threshold. */
export function nearDuplicatePairs(bodies: string[], options: NearDuplicateOptions = {}): [number, number][] {
  const { seed = NEAR_DUPLICATES.seed, threshold = NEAR_DUPLICATES.threshold, shingleSize = NEAR_DUPLICATES.shingleSize, bands = NEAR_DUPLICATES.bands, rows = NEAR_DUPLICATES.rows } = options;
  // TODO: shingle every body; give each non-empty set a signature of bands × rows MinHash
  // values (`hashSeeds`); put each body in one bucket per band; compare bucket mates only.
  return [];
}

/** The hash of each word (run of letters and digits) of a body, in order. */
export function wordHashes(body: string): number[] {
  return (body.match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
}

/**
 * One hash for the `size` words from `start`: the word hashes combined in order, so `a b` and
 * `b a` differ. Much cheaper than building and hashing each shingle's string.
 */
export function shingleHash(words: readonly number[], start: number, size: number): number {
  let hash = 0;
  for (let j = start; j < start + size; j++) hash = Math.imul(hash ^ words[j], 0x9e3779b1);
  return rehash(hash, 0);
}

/** `value` under the hash function numbered `seed`: a fresh-looking 32-bit hash (MurmurHash3's finaliser). */
export function rehash(value: number, seed: number): number {
  let h = value ^ seed;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `count` seeds for MinHash, the same for a given `seed` on every machine. */
export function hashSeeds(count: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 32));
}

/** FNV-1a: a simple, well-spread 32-bit string hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
