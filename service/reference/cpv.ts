import cpvData from '../../core/data/cpv/cpv2008.json' with { type: 'json' };
import synonymData from '../../core/data/cpv/synonyms.json' with { type: 'json' };
import { cpvKind, type Kind, type Locale } from '../../core/index.js';
import { queryWords, tokens, wordMatcher } from '../../db/index.js';

// The CPV 2008 vocabulary, loaded once, searched by code or by words in the
// user's language (falling back to another), broadest codes first. DFØ's
// list has no nynorsk labels (core/data/cpv/SOURCE.md): nynorsk shows and
// searches the bokmål ones.
//
// A search finds what a buyer calls the thing: each typed word matches a word
// of the label by the register search's rule (its beginning, or another form
// of it by the Norwegian stemmer: "renholdet" finds "Renhold"), or a word of
// one of the code's parents' labels ("kulepenn kontor" finds the pens under
// "Kontorartikler"), or a word the project's list of buyers' words says means
// the same (core/data/cpv/synonyms.json: "kontorrekvisita" finds
// "Kontorutstyr"). Codes whose own label matches come before those found
// through a parent; among them, labels that begin with a word asked for; then
// the broadest first.

export interface CpvEntry extends Record<Locale, string> {
  code: string;
  check: string;
  kind: Kind;
}

interface Indexed extends CpvEntry {
  words: Record<Locale, string[]>;
  /** The words of every parent's label (03110000's are 03100000's and 03000000's). */
  parentWords: Record<Locale, string[]>;
}

/** The language searched when the user's own finds nothing. */
const FALLBACK: Record<Locale, Locale> = { nb: 'en', nn: 'en', en: 'nb' };

let index: { list: Indexed[]; byCode: Map<string, Indexed> } | null = null;

/** The code one level up: 03110000 → 03100000 → 03000000 → null. */
export function cpvParent(code: string): string | null {
  const significant = code.replace(/0+$/, '');
  if (significant.length <= 2) return null;
  return significant.slice(0, -1).padEnd(8, '0');
}

function load() {
  if (!index) {
    const list = (cpvData.rows as [string, string, string, string][]).map(([code, check, en, nb]) => {
      const nbWords = tokens(nb);
      const words = { nb: nbWords, nn: nbWords, en: tokens(en) };
      return {
        code,
        check,
        en,
        nb,
        nn: nb,
        kind: cpvKind(code),
        words,
        parentWords: { nb: [] as string[], nn: [] as string[], en: [] as string[] },
      };
    });
    const byCode = new Map(list.map((e) => [e.code, e]));
    for (const e of list) {
      // Levels the vocabulary skips (no 30192000 between 30192100 and 30190000) are passed over.
      for (let p = cpvParent(e.code); p; p = cpvParent(p)) {
        const parent = byCode.get(p);
        if (!parent) continue;
        e.parentWords.nb.push(...parent.words.nb);
        e.parentWords.en.push(...parent.words.en);
      }
      e.parentWords.nn = e.parentWords.nb;
    }
    index = { list, byCode };
  }
  return index;
}

export function cpvEntry(code: string): CpvEntry | null {
  return load().byCode.get(code) ?? null;
}

const synonymGroups = (synonymData.groups as string[][]).map((g) => g.map((w) => w.toLowerCase()));

/** A typed word and the words the buyers' list says mean the same (when the typed word is, begins or is a form of one of them). */
export function alternativesOf(typed: string): string[] {
  const matches = wordMatcher(typed);
  const more = synonymGroups.filter((g) => g.some(matches)).flat();
  return [...new Set([typed, ...more])];
}

/** How deep a code sits: 03000000 (a division) before 03100000 before 03110000. */
const depth = (code: string) => code.replace(/0+$/, '').length;

export function searchCpv(q: string, locale: Locale, limit: number): CpvEntry[] {
  const { list } = load();
  const digits = q.replace(/[\s-]/g, '');
  // own: the code's own label matches; lead: its label begins with what was asked for ("Kontorutstyr …" before
  // "Reparasjon … kontorutstyr"), so the thing itself comes before services around it.
  let hits: { e: Indexed; own: boolean; lead?: boolean }[];
  if (/^\d+$/.test(digits)) {
    hits = list.filter((e) => e.code.startsWith(digits.slice(0, 8))).map((e) => ({ e, own: true }));
  } else {
    const words = queryWords(q);
    if (!words.length) return [];
    const other = FALLBACK[locale];
    // Each typed word as the tests its alternatives make.
    const each = words.map((w) => alternativesOf(w).map(wordMatcher));
    const found = (label: string[], w: ((t: string) => boolean)[]) => w.some((m) => label.some(m));
    const inOwn = (e: Indexed, l: Locale) => each.every((w) => found(e.words[l], w));
    const inFamily = (e: Indexed, l: Locale) => each.every((w) => found(e.words[l], w) || found(e.parentWords[l], w));
    hits = [];
    for (const e of list) {
      if (inOwn(e, locale) || inOwn(e, other))
        hits.push({
          e,
          own: true,
          lead: each.some((w) => w.some((m) => m(e.words[locale][0] ?? '') || m(e.words[other][0] ?? ''))),
        });
      else if (inFamily(e, locale) || inFamily(e, other)) hits.push({ e, own: false });
    }
  }
  return hits
    .sort(
      (a, b) =>
        Number(b.own) - Number(a.own) ||
        Number(b.lead ?? false) - Number(a.lead ?? false) ||
        depth(a.e.code) - depth(b.e.code) ||
        (a.e.code < b.e.code ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ e: { words: _w, parentWords: _p, ...e } }) => e);
}
