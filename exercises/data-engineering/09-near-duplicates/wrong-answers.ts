import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'near-duplicates.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'compares every pair (right answers, 256 times the work for 16 times the bodies)',
    files: {
      'near-duplicates.ts': slip('  const seeds = hashSeeds(bands * rows, seed);\n  const sets = bodies.map((body) => shingles(body, shingleSize));', '  const sets = bodies.map((body) => shingles(body, shingleSize));\n  const everyPair: [number, number][] = [];\n  for (let a = 0; a < sets.length; a++) for (let b = a + 1; b < sets.length; b++) if (jaccard(sets[a], sets[b]) >= threshold) everyPair.push([a, b]);\n  if (bodies.length >= 0) return everyPair;\n  const seeds = hashSeeds(bands * rows, seed);'),
    },
  },
  { name: 'starts each MinHash value at 0 (every signature is the same)', files: { 'near-duplicates.ts': slip('let smallest = Infinity;', 'let smallest = 0;') } },
  { name: 'divides the shared shingles by the smaller set, not the union', files: { 'near-duplicates.ts': slip('return union === 0 ? 0 : shared / union;', 'return union === 0 ? 0 : shared / Math.min(a.size, b.size);') } },
  { name: 'stops one shingle early (a body of exactly `size` words has none)', files: { 'near-duplicates.ts': slip('start + size <= words.length', 'start + size < words.length') } },
  { name: 'a pair must be above the threshold, not at it', files: { 'near-duplicates.ts': slip('>= threshold', '> threshold') } },
  { name: 'buckets bodies too short to judge (all of them land together)', files: { 'near-duplicates.ts': slip('    if (set.size === 0) return; // too short to judge\n', '') } },
  { name: 'returns the pairs in the order the buckets found them', files: { 'near-duplicates.ts': slip('return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);', 'return pairs;') } },
];

export default wrongAnswers;
