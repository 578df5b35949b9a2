import { queryWords } from './textMatch.js';

// Turns what a person types into a safe FTS5 query: every word becomes a
// quoted prefix term, all of which must match. Quoting means FTS5 operators
// and punctuation in the input ("AND", "*", quotes, "-") can never make the
// query invalid or change its meaning. What counts as a word is queryWords(),
// the one rule the index search, the prefix expansion and the scoped match share.
export function ftsQuery(input: string): string | null {
  const words = queryWords(input);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}
