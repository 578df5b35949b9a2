import { queryWords } from './textMatch.js';
import type { StatementCache } from './statements.js';

// Prefixes of these lengths have their own prebuilt index (prefix='2 3').
const INDEXED_PREFIX = new Set([2, 3]);
// Beyond this many words for one prefix, the prefix query is the cheaper one.
const MAX_TERMS = 40;

/** The smallest string greater than every string starting with `w` (UTF-8 order = code point order). */
function upperBound(w: string): string {
  const cps = [...w];
  const last = cps.pop()!;
  return cps.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/**
 * Builds the MATCH expression for what a person typed, against one index:
 * every word must match; a word of 4+ letters becomes an OR of the exact
 * words in the index that start with it. FTS5 reads exact terms lazily, so
 * "newest 50 matches" stops after 50; a prefix query would first merge every
 * matching term's full doclist. Returns "" when some word matches nothing
 * (no row can match), null when nothing searchable was typed.
 */
export function expandedMatch(st: StatementCache, vocabTable: 'cases_fts_vocab' | 'dialogues_fts_vocab' | 'items_fts_vocab', input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  const lookup = st.get(`SELECT term FROM ${vocabTable} WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT ${MAX_TERMS + 1}`);
  const groups: string[] = [];
  for (const w of words) {
    if (w.length <= 1 || INDEXED_PREFIX.has(w.length)) {
      groups.push(`"${w}"*`);
      continue;
    }
    const terms = (lookup.all(w, upperBound(w)) as { term: string }[]).map((r) => r.term);
    if (terms.length === 0) return '';
    groups.push(terms.length > MAX_TERMS ? `"${w}"*` : `(${terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`);
  }
  return groups.join(' AND ');
}
