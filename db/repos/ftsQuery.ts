// Turns what a person types into a safe FTS5 query: every word becomes a
// quoted prefix term, all of which must match. Quoting means FTS5 operators
// and punctuation in the input ("AND", "*", quotes, "-") can never make the
// query invalid or change its meaning.
export function ftsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words
    .slice(0, 12)
    .map((w) => `"${w.toLocaleLowerCase('nb')}"*`)
    .join(' ');
}
