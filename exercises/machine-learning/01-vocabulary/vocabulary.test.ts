import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { readSample } from '@project/sample-data';
import { buildVocabulary, countTokens, DEFAULT_VOCABULARY_OPTIONS, vocabularyOf } from './vocabulary';

const docs = (...texts: string[]) => texts.map((text) => text.split(' '));
const loose = { minDocumentFrequency: 1, maxSize: 100 };
/** countTokens' answer as token → count, whatever order the indices come in. */
const counted = (tokens: string[], vocabulary: ReturnType<typeof vocabularyOf>) => {
  const { indices, values } = countTokens(tokens, vocabulary);
  expect(values, 'one count for each index').toHaveLength(indices.length);
  return Object.fromEntries(indices.map((i, k) => [vocabulary.tokens[i], values[k]]));
};

describe('buildVocabulary', () => {
  it('counts a token once per message, however often it repeats there', () => {
    const options = { minDocumentFrequency: 2, maxSize: 100 };
    expect(buildVocabulary(docs('free free free', 'free', 'meeting'), options).tokens, '"free" is in 2 messages, "meeting" in 1').toEqual(['free']);
    expect(buildVocabulary(docs('win win win'), options).tokens, '"win" occurs 3 times but in 1 message only').toEqual([]);
  });

  it('keeps a token in exactly minDocumentFrequency messages, and drops one in fewer', () => {
    const vocabulary = buildVocabulary(docs('agenda notes', 'agenda notes', 'agenda'), { minDocumentFrequency: 3, maxSize: 100 });
    expect(vocabulary.tokens, '"agenda" is in 3 messages (kept), "notes" in 2 (dropped)').toEqual(['agenda']);
  });

  it('puts the most frequent first, and breaks ties by token in plain code-unit order', () => {
    const vocabulary = buildVocabulary(docs('b a Z #', 'b a Z #', 'b', 'c'), loose);
    // "b" is in 3 messages; "#", "Z" and "a" in 2 ('#' < 'Z' < 'a' as code units); "c" in 1.
    expect(vocabulary.tokens, 'localeCompare would put "a" before "Z"').toEqual(['b', '#', 'Z', 'a', 'c']);
  });

  it('gives the same vocabulary whatever the order of the messages and of their tokens', () => {
    const messages = docs('money free win', 'free cash', 'meeting notes free', 'cash notes', 'win');
    const reversed = [...messages].reverse().map((tokens) => [...tokens].reverse());
    expect(buildVocabulary(reversed, loose).tokens).toEqual(buildVocabulary(messages, loose).tokens);
    expect(buildVocabulary(messages, loose).tokens, 'free (3); cash, notes, win (2); meeting, money (1)').toEqual(['free', 'cash', 'notes', 'win', 'meeting', 'money']);
  });

  it('keeps at most maxSize tokens, the most frequent ones', () => {
    const vocabulary = buildVocabulary(docs('a b c', 'b c', 'c'), { minDocumentFrequency: 1, maxSize: 2 });
    expect(vocabulary.tokens, 'c (3) and b (2); a (1) does not fit').toEqual(['c', 'b']);
  });

  it('indexes every token at its position', () => {
    const vocabulary = buildVocabulary(docs('x y', 'y z', 'y'), loose);
    expect([...vocabulary.index.entries()], 'y is most frequent, then x and z').toEqual([
      ['y', 0],
      ['x', 1],
      ['z', 2],
    ]);
  });

  it(`uses the default options when none are given (at least ${DEFAULT_VOCABULARY_OPTIONS.minDocumentFrequency} messages)`, () => {
    expect(buildVocabulary(docs('rare common', 'rare common', 'common')).tokens, 'only "common" is in 3 messages').toEqual(['common']);
  });
});

describe('countTokens', () => {
  const vocabulary = vocabularyOf(['cash', 'free', 'meeting']);

  it('counts every occurrence of the tokens the vocabulary knows, and ignores the others', () => {
    expect(counted(['free', 'cash', 'free', 'lottery', 'free'], vocabulary), '"lottery" is not in the vocabulary').toEqual({ free: 3, cash: 1 });
  });

  it('leaves out the tokens a message does not have, and gives an empty message nothing', () => {
    expect(countTokens(['meeting'], vocabulary), 'only "meeting" (index 2), once').toEqual({ indices: [2], values: [1] });
    expect(countTokens([], vocabulary), 'no tokens, no features').toEqual({ indices: [], values: [] });
    expect(countTokens(['unknown', 'words'], vocabulary), 'no known tokens, no features').toEqual({ indices: [], values: [] });
  });
});

describe('on the sample, fitted on the training period only', () => {
  const { split, tokensOf } = readSample(sample);
  const training = [...split.train, ...split.validation];
  const documents = training.map(tokensOf);
  // Built inside the tests, so that a failure shows as a failing test.
  const fitted = () => {
    const vocabulary = buildVocabulary(documents);
    console.log(`vocabulary of ${training.length} training messages: ${vocabulary.tokens.length} tokens (the 20 most frequent: ${vocabulary.tokens.slice(0, 20).join(' ')})`);
    return vocabulary;
  };

  it(`keeps every token that is in at least ${DEFAULT_VOCABULARY_OPTIONS.minDocumentFrequency} training messages, and no other`, () => {
    const vocabulary = fitted();
    const frequency = new Map<string, number>();
    for (const tokens of documents) for (const token of new Set(tokens)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
    const expected = [...frequency].filter(([, n]) => n >= DEFAULT_VOCABULARY_OPTIONS.minDocumentFrequency).map(([token]) => token);
    expect(vocabulary.tokens.length, `${expected.length} tokens are in ${DEFAULT_VOCABULARY_OPTIONS.minDocumentFrequency} or more of the ${training.length} training messages`).toBe(expected.length);
    for (const token of vocabulary.tokens) {
      expect(frequency.get(token) ?? 0, `"${token}" is in ${frequency.get(token) ?? 0} training messages`).toBeGreaterThanOrEqual(DEFAULT_VOCABULARY_OPTIONS.minDocumentFrequency);
    }
  });

  it('counts the tokens of every sample message, test messages included, with no unknown index', () => {
    const vocabulary = buildVocabulary(documents);
    for (const email of split.test) {
      const features = countTokens(tokensOf(email), vocabulary);
      const known = tokensOf(email).filter((token) => vocabulary.index.has(token)).length;
      expect(features.values.reduce((a, b) => a + b, 0), `${email.id}: its known tokens, counted`).toBe(known);
      expect(features.indices.every((i) => vocabulary.tokens[i] !== undefined), `${email.id}: indices inside the vocabulary`).toBe(true);
    }
  });
});

describe('as the data grows', () => {
  // n messages of 200 tokens drawn from 20·n words: the vocabulary grows with the data, as it does
  // with mail. Eight times the data should cost about eight times as much, not sixty-four.
  const corpus = (n: number) => {
    const words = Array.from({ length: 20 * n }, (_, i) => `w${i}`);
    return Array.from({ length: n }, (_, m) => Array.from({ length: 200 }, (_, t) => words[((m + 1) * (t + 7) * 7919) % words.length]));
  };
  /** The fastest of three runs, in ms: the least disturbed by anything else the machine does. */
  const cost = (messages: string[][]) =>
    Math.min(
      ...[0, 1, 2].map(() => {
        const started = performance.now();
        const vocabulary = buildVocabulary(messages, { minDocumentFrequency: 1, maxSize: 1_000_000 });
        for (const tokens of messages) countTokens(tokens, vocabulary);
        return performance.now() - started;
      }),
    );

  it('costs about eight times as much for eight times the messages (a Map per count, not a search per token)', () => {
    const small = corpus(100);
    const large = corpus(800);
    cost(small); // warm-up: compile before measuring
    const ratio = cost(large) / Math.max(cost(small), 1);
    console.log(`800 messages took ${ratio.toFixed(1)}× as long as 100`);
    expect(ratio, `800 messages took ${ratio.toFixed(1)}× as long as 100; a search through an array for every token takes about 64×`).toBeLessThan(24);
  });
});
