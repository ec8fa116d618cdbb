/**
 * The vocabulary: which tokens become features, and at which index. Rare tokens are dropped
 * (a word seen in one message is noise the model would memorise), the size is capped (memory
 * and latency), and the order is deterministic so the same data always gives the same model.
 */
export interface Vocabulary {
  tokens: string[];
  index: Map<string, number>;
}

export interface VocabularyOptions {
  /** A token must appear in at least this many training messages. */
  minDocumentFrequency: number;
  /** Keep at most this many tokens, the most frequent first. */
  maxSize: number;
}

export const DEFAULT_VOCABULARY_OPTIONS: VocabularyOptions = { minDocumentFrequency: 3, maxSize: 20_000 };

/** A message as features: vocabulary indices and one value for each (a count, or a weight). */
export interface SparseFeatures {
  indices: number[];
  values: number[];
}

export function buildVocabulary(
  documents: readonly string[][],
  options: VocabularyOptions = DEFAULT_VOCABULARY_OPTIONS,
): Vocabulary {
  // Your code: count in how many documents each token appears (once per document, however often
  // it repeats there), keep the tokens in at least `options.minDocumentFrequency` documents, put
  // the most frequent first (ties: by token, in plain `<` order), keep at most `options.maxSize`,
  // and return `vocabularyOf(kept)`.
  return vocabularyOf([]);
}

/** Rebuilds a vocabulary from its token list, e.g. one read from a model file. */
export function vocabularyOf(tokens: string[]): Vocabulary {
  return { tokens, index: new Map(tokens.map((token, i) => [token, i])) };
}

/** Counts the known tokens of one message; unknown tokens are ignored. */
export function countTokens(tokens: readonly string[], vocabulary: Vocabulary): SparseFeatures {
  // Your code: for each token the vocabulary knows (`vocabulary.index`), count its occurrences.
  // Return the indices and, at the same positions, the counts.
  return { indices: [], values: [] };
}
