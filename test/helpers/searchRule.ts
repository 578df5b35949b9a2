import { queryWords, tokens, wordMatches } from '../../db/index.js';

/** The rule as one FTS5 query over a known vocabulary: each typed word's prefix, or the exact words that are other forms of it. */
export function ruleQuery(q: string, vocabulary: readonly string[]): string | null {
  const words = queryWords(q);
  if (!words.length) return null;
  const known = [...new Set(vocabulary.flatMap(tokens))];
  return words
    .map(
      (w) =>
        `("${w}"* ${known
          .filter((t) => !t.startsWith(w) && wordMatches(t, w))
          .map((t) => `OR "${t}"`)
          .join(' ')})`,
    )
    .join(' AND ');
}
