import cpvData from '../../core/data/cpv/cpv2008.json' with { type: 'json' };
import { cpvKind, type Kind, type Locale } from '../../core/index.js';
import { queryWords, tokens } from '../../db/index.js';

// The CPV 2008 vocabulary, loaded once, searched by code or by words in the
// user's language (falling back to another), broadest codes first. DFØ's
// list has no nynorsk labels (core/data/cpv/SOURCE.md): nynorsk shows and
// searches the bokmål ones.

export interface CpvEntry extends Record<Locale, string> {
  code: string;
  check: string;
  kind: Kind;
}

interface Indexed extends CpvEntry {
  words: Record<Locale, string[]>;
}

/** The language searched when the user's own finds nothing. */
const FALLBACK: Record<Locale, Locale> = { nb: 'en', nn: 'en', en: 'nb' };

let index: { list: Indexed[]; byCode: Map<string, Indexed> } | null = null;

function load() {
  if (!index) {
    const list = (cpvData.rows as [string, string, string, string][]).map(([code, check, en, nb]) => {
      const nbWords = tokens(nb);
      return { code, check, en, nb, nn: nb, kind: cpvKind(code), words: { nb: nbWords, nn: nbWords, en: tokens(en) } };
    });
    index = { list, byCode: new Map(list.map((e) => [e.code, e])) };
  }
  return index;
}

export function cpvEntry(code: string): CpvEntry | null {
  return load().byCode.get(code) ?? null;
}

/** How deep a code sits: 03000000 (a division) before 03100000 before 03110000. */
const depth = (code: string) => code.replace(/0+$/, '').length;

export function searchCpv(q: string, locale: Locale, limit: number): CpvEntry[] {
  const { list } = load();
  const digits = q.replace(/[\s-]/g, '');
  let hits: Indexed[];
  if (/^\d+$/.test(digits)) {
    hits = list.filter((e) => e.code.startsWith(digits.slice(0, 8)));
  } else {
    const words = queryWords(q);
    if (!words.length) return [];
    const other = FALLBACK[locale];
    const matches = (label: string[]) => words.every((w) => label.some((l) => l.startsWith(w)));
    hits = list.filter((e) => matches(e.words[locale]) || matches(e.words[other]));
  }
  return hits
    .sort((a, b) => depth(a.code) - depth(b.code) || (a.code < b.code ? -1 : 1))
    .slice(0, limit)
    .map(({ words: _w, ...e }) => e);
}
