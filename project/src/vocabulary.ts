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
  const documentFrequency = new Map<string, number>();
  for (const tokens of documents) {
    for (const token of new Set(tokens)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const kept = [...documentFrequency]
    .filter(([, frequency]) => frequency >= options.minDocumentFrequency)
    // Most frequent first; ties by token (distinct keys, never equal) so the order never depends on the input order.
    .sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : 1))
    .slice(0, options.maxSize)
    .map(([token]) => token);
  return vocabularyOf(kept);
}

/** Rebuilds a vocabulary from its token list, e.g. one read from a model file. */
export function vocabularyOf(tokens: string[]): Vocabulary {
  return { tokens, index: new Map(tokens.map((token, i) => [token, i])) };
}

/** Counts the known tokens of one message; unknown tokens are ignored. */
export function countTokens(tokens: readonly string[], vocabulary: Vocabulary): SparseFeatures {
  const byIndex = new Map<number, number>();
  for (const token of tokens) {
    const i = vocabulary.index.get(token);
    if (i !== undefined) byIndex.set(i, (byIndex.get(i) ?? 0) + 1);
  }
  return { indices: [...byIndex.keys()], values: [...byIndex.values()] };
}
