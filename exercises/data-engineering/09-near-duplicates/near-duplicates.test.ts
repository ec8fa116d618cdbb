import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { normaliseBody } from '@project/exact-duplicates';
import { splitMessage } from '@project/message-parts';
import { mulberry32 } from '@project/random';
import { hashSeeds, jaccard, minHash, NEAR_DUPLICATES, nearDuplicatePairs, rehash, shingleHash, shingles, wordHashes } from './near-duplicates';

/**
 * Milliseconds per call of `run`, timed over rounds of at least 100 ms (calls repeated until
 * then): the best of three rounds, the one least disturbed by whatever else the machine is
 * doing. Stops early once a round takes over 3 seconds.
 */
function msPerCall(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 100);
    best = Math.min(best, elapsed / calls);
    if (elapsed > 3000) break;
  }
  return best;
}

/** The shingles of `body` written out by hand: the hash of the words from `start`, for each start. */
const expectedShingles = (body: string, size: number, starts: number[]) => new Set(starts.map((start) => shingleHash(wordHashes(body), start, size)));

describe('shingles', () => {
  it('hashes every run of `size` consecutive words', () => {
    expect(shingles('one two three four five six', 5), 'six words make two 5-word shingles: words 1–5 and 2–6').toEqual(expectedShingles('one two three four five six', 5, [0, 1]));
    expect(shingles('one two three four', 2), 'four words make three 2-word shingles').toEqual(expectedShingles('one two three four', 2, [0, 1, 2]));
  });

  it('gives one shingle for a body of exactly `size` words, and none for a shorter one', () => {
    expect(shingles('cheap meds ship overnight today', 5).size, 'five words, size 5: exactly one shingle').toBe(1);
    expect(shingles('cheap meds ship overnight', 5).size, 'four words, size 5: too short to judge').toBe(0);
    expect(shingles('', 5).size, 'an empty body').toBe(0);
  });

  it('keeps word order, counts a repeated shingle once, and reads only letters and digits', () => {
    expect(shingles('buy now', 2), '"buy now" and "now buy" are different shingles').not.toEqual(shingles('now buy', 2));
    expect(shingles('spam spam spam spam', 2).size, 'the same two words three times: one shingle').toBe(1);
    expect(shingles('Buy now!!! Save, today.', 2), 'punctuation is not a word').toEqual(shingles('Buy now Save today', 2));
  });
});

describe('jaccard', () => {
  it('is shared members over members of either set', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4])), '2 shared of 4 in all').toBe(0.5);
    expect(jaccard(new Set([1, 2]), new Set([1, 2, 3, 4])), 'a set inside a larger one: 2 shared of 4, not 2 of 2').toBe(0.5);
    expect(jaccard(new Set([1, 2, 3, 4]), new Set([1, 2])), 'the same the other way round').toBe(0.5);
  });

  it('is 1 for equal sets and 0 for sets with nothing in common', () => {
    expect(jaccard(new Set([7, 8, 9]), new Set([9, 8, 7])), 'the same members in another order').toBe(1);
    expect(jaccard(new Set([1, 2]), new Set([3, 4])), 'nothing shared').toBe(0);
  });

  it('is 0 when a set is empty: an empty body says nothing about another', () => {
    expect(jaccard(new Set(), new Set([1])), 'one empty set').toBe(0);
    expect(jaccard(new Set(), new Set()), 'two empty sets (not 0/0)').toBe(0);
  });
});

describe('minHash', () => {
  it('gives, for each seed in order, the smallest rehash of any member', () => {
    const set = new Set([11, 22, 33]);
    const seeds = [5, 6, 7, 8];
    const expected = seeds.map((seed) => Math.min(rehash(11, seed), rehash(22, seed), rehash(33, seed)));
    expect(minHash(set, seeds), 'one value per seed, each the smallest of the three rehashes').toEqual(expected);
  });

  it('gives the same signature for the same set, and agrees at about J of the positions', () => {
    const seeds = hashSeeds(400, 1);
    const a = new Set(Array.from({ length: 300 }, (_, i) => i));
    const b = new Set(Array.from({ length: 300 }, (_, i) => i + 100)); // 200 shared of 400: J = 0.5
    expect(minHash(new Set([...a].reverse()), seeds), 'the order members were added in does not matter').toEqual(minHash(a, seeds));
    const sa = minHash(a, seeds);
    const sb = minHash(b, seeds);
    const agreeing = sa.filter((value, i) => value === sb[i]).length / seeds.length;
    expect(agreeing, 'share of the 400 positions where the signatures agree, for two sets with Jaccard 0.5').toBeGreaterThan(0.4);
    expect(agreeing, 'and not much more than 0.5').toBeLessThan(0.6);
  });
});

// A campaign: the same long text, with one word that changes in every copy.
const campaign = (name: string) =>
  `dear ${name} you have been selected for a limited offer our online pharmacy ships cheap meds overnight with no prescription ` +
  'needed reply today to claim your discount and free shipping on every order you place this month thousands of happy customers ' +
  'trust us with their health every single day unsubscribe at any time by writing to our office';

describe('nearDuplicatePairs', () => {
  it('pairs the copies of a campaign, and nothing else', () => {
    const bodies = [campaign('john'), 'minutes of the build meeting the release moves to friday and reviews are due thursday', campaign('mary'), campaign('sue')];
    expect(nearDuplicatePairs(bodies), 'bodies 0, 2 and 3 are one campaign: three pairs, [i, j] with i < j, in order').toEqual([
      [0, 2],
      [0, 3],
      [2, 3],
    ]);
  });

  it('counts a pair that reaches the threshold exactly, and not one just below it', () => {
    // One-word shingles: nine shared words of ten in all is a Jaccard similarity of exactly 0.9.
    const a = 'w1 w2 w3 w4 w5 w6 w7 w8 w9';
    const b = 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10';
    expect(nearDuplicatePairs([a, b], { shingleSize: 1, threshold: 0.9 }), 'J = 0.9 with threshold 0.9: a pair').toEqual([[0, 1]]);
    expect(nearDuplicatePairs([a, b], { shingleSize: 1, threshold: 0.91 }), 'J = 0.9 with threshold 0.91: not a pair').toEqual([]);
  });

  it('uses the settings it is given', () => {
    const bodies = [campaign('john'), campaign('mary')];
    expect(nearDuplicatePairs(bodies, { threshold: 1 }), 'the two copies differ in one word, so they are not equal').toEqual([]);
    expect(nearDuplicatePairs(bodies, { shingleSize: 60 }), 'with 60-word shingles both bodies are too short to judge').toEqual([]);
    expect(nearDuplicatePairs(bodies, { bands: 1, rows: 64 }), 'one band of 64 rows: a pair only if all 64 MinHash values agree, which is unlikely here').toEqual([]);
  });

  it('never pairs bodies too short to judge, even equal ones', () => {
    expect(nearDuplicatePairs(['hello there', 'hello there', 'ok']), 'fewer words than a shingle: no shingles, no pairs').toEqual([]);
  });

  it('lists each pair once, with indices into the list as given', () => {
    const copies = ['a', 'b', 'c', 'd', 'e'].map(campaign);
    const bodies = ['some unrelated text about compilers linkers and the joys of build systems everywhere today', ...copies.reverse()];
    const pairs = nearDuplicatePairs(bodies);
    expect(pairs, 'five copies of a campaign at 1–5: every pair of them, once, sorted').toEqual([
      [1, 2], [1, 3], [1, 4], [1, 5], [2, 3], [2, 4], [2, 5], [3, 4], [3, 5], [4, 5],
    ]);
  });

  it('sorts the pairs, whatever bucket they were found in', () => {
    const other = (name: string) => `hello ${name} the minutes of the build meeting are attached the release moves to friday reviews are due on thursday and the ci box needs a new disk before then thanks`;
    const bodies = [campaign('x'), other('ann'), other('bob'), campaign('y'), 'an unrelated note about lunch on friday at noon by the river', campaign('z')];
    expect(nearDuplicatePairs(bodies), 'two campaigns: 0, 3, 5 and 1, 2').toEqual([
      [0, 3],
      [0, 5],
      [1, 2],
      [3, 5],
    ]);
    // Three copies of one text, each with one word changed: the buckets find [0, 3] before [0, 2].
    const words = `${campaign('friend')} in the city`.split(' ');
    const copy = (at: number, word: string) => words.map((w, i) => (i === at ? word : w)).join(' ');
    expect(nearDuplicatePairs([words.join(' '), copy(44, 'x1'), copy(19, 'x2'), copy(17, 'x3')]), 'pairs with the same first index, by their second').toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
  });

  it(`finds real messages of the sample copied with one word changed (${sample.length} messages)`, () => {
    const bodies = sample.map((message) => normaliseBody(splitMessage(message.raw).body));
    expect(nearDuplicatePairs(bodies), 'the sample was drawn after deduplication: it holds no near duplicates').toEqual([]);
    const long = bodies.map((body, i) => ({ body, id: sample[i].id })).filter(({ body }) => wordHashes(body).length >= 80).slice(0, 25);
    // A copy of each with its 40th word changed, as a campaign changes a name.
    const copies = long.map(({ body }) => body.replace(/^((?:\S+\s+){39})\S+/, '$1zzyzx'));
    const pairs = nearDuplicatePairs([...long.map(({ body }) => body), ...copies]);
    long.forEach(({ id, body }, i) => {
      const similarity = jaccard(shingles(body, NEAR_DUPLICATES.shingleSize), shingles(copies[i], NEAR_DUPLICATES.shingleSize));
      const found = pairs.some(([a, b]) => a === i && b === long.length + i);
      expect(found, `${id} and its copy (Jaccard ${similarity.toFixed(2)}): "${body.slice(0, 60)}…"`).toBe(similarity >= NEAR_DUPLICATES.threshold);
    });
  });

  it('grows linearly, not with the number of pairs: 16 times the bodies take less than 80 times as long', () => {
    const random = mulberry32(3);
    const word = () => `w${Math.floor(random() * 5000)}`;
    // A quarter long bodies (60 random words), the rest too short to judge.
    const bodies = (count: number) => Array.from({ length: count }, (_, i) => Array.from({ length: i % 4 ? 3 : 60 }, word).join(' '));
    const [small, large] = [bodies(125), bodies(2000)];
    const [tSmall, tLarge] = [msPerCall(() => nearDuplicatePairs(small)), msPerCall(() => nearDuplicatePairs(large))];
    expect(tLarge / tSmall, `2,000 bodies took ${tLarge.toFixed(0)} ms, 125 took ${tSmall.toFixed(0)} ms: comparing every pair would be about 256 times`).toBeLessThan(80);
  });
});
