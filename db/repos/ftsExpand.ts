import { stemNo } from './stem.js';
import { queryWords, STEM_MIN } from './textMatch.js';
import { p, raw, sql, type Sql, type Statements } from '../sql.js';

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

// How many words starting with a stem are looked at for its other forms.
const MAX_STEM_SCAN = 5000;

type Vocab = 'cases_fts_vocab' | 'dialogues_fts_vocab' | 'items_fts_vocab';
const vocabs: Vocab[] = ['cases_fts_vocab', 'dialogues_fts_vocab', 'items_fts_vocab'];
type Range = { from: string; to: string };
// The words of an index in a range: the most used first (a prefix's words), or any (a stem's other forms).
const LOOKUP = Object.fromEntries(
  vocabs.map((v) => [
    v,
    sql<Range>`SELECT term FROM ${raw(v)} WHERE term >= ${p('from')} AND term < ${p('to')} ORDER BY doc DESC LIMIT ${raw(String(MAX_TERMS + 1))}`.rows<{
      term: string;
    }>(),
  ]),
) as Record<Vocab, Sql<Range, { term: string }>>;
const STEM_SCAN = Object.fromEntries(
  vocabs.map((v) => [
    v,
    sql<Range>`SELECT term FROM ${raw(v)} WHERE term >= ${p('from')} AND term < ${p('to')} LIMIT ${raw(String(MAX_STEM_SCAN))}`.rows<{
      term: string;
    }>(),
  ]),
) as Record<Vocab, Sql<Range, { term: string }>>;

/**
 * Builds the MATCH expression for what a person typed, against one index:
 * every word must match; a word of 4+ letters becomes an OR of the exact
 * words in the index that start with it, and of the other forms of the same
 * word (textMatch.ts wordMatches: same Norwegian stem). FTS5 reads exact terms
 * lazily, so "newest 50 matches" stops after 50; a prefix query would first
 * merge every matching term's full doclist. Returns "" when some word matches
 * nothing (no row can match), null when nothing searchable was typed.
 */
export function expandedMatch(st: Statements, vocabTable: Vocab, input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const groups: string[] = [];
  for (const w of words) {
    if (w.length <= 1 || INDEXED_PREFIX.has(w.length)) {
      groups.push(`"${w}"*`);
      continue;
    }
    const terms = st.column(LOOKUP[vocabTable], { from: w, to: upperBound(w) });
    const s = w.length >= STEM_MIN ? stemNo(w) : w;
    const forms =
      s === w
        ? []
        : st
            .column(STEM_SCAN[vocabTable], { from: s, to: upperBound(s) })
            .filter((t) => !t.startsWith(w) && stemNo(t) === s);
    if (terms.length === 0 && forms.length === 0) return '';
    const prefix = terms.length > MAX_TERMS ? [`"${w}"*`] : terms.map(quote);
    const alts = [...prefix, ...forms.map(quote)];
    groups.push(alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`);
  }
  return groups.join(' AND ');
}
