import cpvData from '../../core/data/cpv/cpv2008.json' with { type: 'json' };
import { cpvKind, type Kind, type Locale } from '../../core/index.js';
import { queryWords, tokens } from '../../db/index.js';

// The CPV 2008 vocabulary, loaded once, searched by code or by words in the
// user's language (falling back to the other), broadest codes first.

export interface CpvEntry {
  code: string;
  check: string;
  nb: string;
  en: string;
  kind: Kind;
}

interface Indexed extends CpvEntry {
  words: { nb: string[]; en: string[] };
}

let index: { list: Indexed[]; byCode: Map<string, Indexed> } | null = null;

function load() {
  if (!index) {
    const list = (cpvData.rows as [string, string, string, string][]).map(([code, check, en, nb]) => ({
      code,
      check,
      en,
      nb,
      kind: cpvKind(code),
      words: { nb: tokens(nb), en: tokens(en) },
    }));
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
    const other: Locale = locale === 'nb' ? 'en' : 'nb';
    const matches = (label: string[]) => words.every((w) => label.some((l) => l.startsWith(w)));
    hits = list.filter((e) => matches(e.words[locale]) || matches(e.words[other]));
  }
  return hits
    .sort((a, b) => depth(a.code) - depth(b.code) || (a.code < b.code ? -1 : 1))
    .slice(0, limit)
    .map(({ words: _w, ...e }) => e);
}
