// The search rule FTS5 applies for the queries ftsQuery() builds, for rows
// already in hand: every typed word must be the start of some word in the
// text (any column), case-insensitively. Used where a filter narrows the rows
// to a few (one case, one supplier): scanning those beats probing the index
// row by row. test/db/textMatch.test.ts holds it to FTS5's own answers.
const WORD = /[\p{L}\p{N}]+/gu;

export function queryWords(q: string): string[] {
  return (q.normalize('NFC').match(WORD) ?? []).slice(0, 12).map((w) => w.toLowerCase());
}

/** Every word of a text, by the same rule as queryWords (for matching typed words against labels). */
export function tokens(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map((w) => w.toLowerCase());
}

export function matchesAll(texts: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const toks = texts.flatMap(tokens);
  return words.every((w) => toks.some((t) => t.startsWith(w)));
}

/**
 * A passage around the first match, matched words in [[ ]], like FTS5's
 * snippet(): the first text that matches, up to `size` words.
 */
export function snippetOf(texts: readonly string[], words: readonly string[], size = 16): string {
  for (const text of texts) {
    const parts = [...text.matchAll(WORD)];
    const hit = (s: string) => words.some((w) => s.toLowerCase().startsWith(w));
    const first = parts.findIndex((m) => hit(m[0]));
    if (first < 0) continue;
    const start = Math.max(0, Math.min(first - Math.floor(size / 4), parts.length - size));
    const slice = parts.slice(start, start + size);
    const from = slice[0]!.index!;
    const last = slice.at(-1)!;
    let out = '';
    let pos = from;
    for (const m of slice) {
      out += text.slice(pos, m.index) + (hit(m[0]) ? `[[${m[0]}]]` : m[0]);
      pos = m.index! + m[0].length;
    }
    const end = last.index! + last[0].length;
    const more = start + size < parts.length;
    return `${start > 0 ? ' … ' : ''}${out}${more ? ' … ' : text.slice(end)}`;
  }
  return '';
}
