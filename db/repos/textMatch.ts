import { stemNo } from './stem.js';

// The search rule, for rows already in hand: every typed word must find a
// word in the text (any column), case-insensitively, that starts with it or,
// for a typed word of four letters or more, is another form of the same word
// (same Norwegian stem: "svanemerket" finds "svanemerkede"). The index search
// (ftsExpand.ts) builds its queries by the same rule. Used where a filter
// narrows the rows to a few (one case, one supplier): scanning those beats
// probing the index row by row. test/db/textMatch.test.ts holds it to FTS5.
const WORD = /[\p{L}\p{N}]+/gu;

/** Typed words this long or longer also find the other forms of the word. */
export const STEM_MIN = 4;

/** The test a word of the text must pass for a typed word: it starts with it, or (4+ letters) shares its stem and starts with the stem. */
export function wordMatcher(typed: string): (token: string) => boolean {
  const s = typed.length >= STEM_MIN ? stemNo(typed) : typed;
  return s === typed
    ? (token) => token.startsWith(typed)
    : (token) => token.startsWith(typed) || (token.startsWith(s) && stemNo(token) === s);
}

export function wordMatches(token: string, typed: string): boolean {
  return wordMatcher(typed)(token);
}

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
  return words.every((w) => toks.some(wordMatcher(w)));
}

/**
 * A passage around the first match, matched words in [[ ]], like FTS5's
 * snippet(): the first text that matches, up to `size` words.
 */
export function snippetOf(texts: readonly string[], words: readonly string[], size = 16): string {
  for (const text of texts) {
    const parts = [...text.matchAll(WORD)];
    const matchers = words.map(wordMatcher);
    const hit = (s: string) => matchers.some((m) => m(s.toLowerCase()));
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
