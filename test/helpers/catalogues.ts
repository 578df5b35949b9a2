import { isChoice, locales, type Message, type Text, type Words } from '../../core/index.js';

// What the type cannot say about a catalogue: no empty text, the same
// placeholders in every language, and nynorsk that is nynorsk (a bokmål word
// left in a nynorsk text is a text copied and not translated).

const holes = (t: Text): string[] =>
  (typeof t === 'string' ? [t] : [t.one, t.other]).flatMap((s) =>
    [...s.matchAll(/\{(\w+)(?::int)?\}/g)].map((m) => m[1]!),
  );
const texts = (t: Text): string[] => (typeof t === 'string' ? [t] : [t.one, t.other]);

/**
 * Bokmål forms that nynorsk writes otherwise (ikkje, kva, frå, berre, eigen,
 * dei, veke, månad, saka …). Whole words, any case.
 */
export const BOKMAAL_ONLY = [
  'ikke',
  'hva',
  'hvem',
  'hvor',
  'hvorfor',
  'hvordan',
  'hvilke',
  'hvilken',
  'hvis',
  'noen',
  'noe',
  'bare',
  'fra',
  'mye',
  'uke',
  'uker',
  'måned',
  'måneder',
  'egen',
  'eget',
  'egne',
  'ble',
  'være',
  'gjøre',
  'gjør',
  'mer',
  'sier',
  'uten',
  'selv',
  'samme',
  'sammen',
  'tidligere',
  'siden',
  'lagret',
  'endret',
  'valgt',
  'velg',
  'hele',
  'flere',
  'de',
  'disse',
  'hver',
  'hvert',
  'annen',
  'annet',
  'dager',
  'saken',
  'kunngjøring',
  'tjenester',
  'anskaffelse',
  'anskaffelsen',
  'anskaffelser',
  'leverandører',
  'kontrakter',
  'opsjoner',
  'allerede',
  'ennå',
  'sikkerhetskopi',
  'taushetsplikt',
  'offentlig',
  'lukket',
  'unntatt',
  'begrunnelse',
  'dem',
  'deres',
  'forskriften',
  'loven',
  'avdelingen',
  'filen',
  'mappen',
  'listen',
  'økten',
  'lønns',
];

const bokmaalWord = new RegExp(`(^|[^\\p{L}])(${BOKMAAL_ONLY.join('|')})(?=$|[^\\p{L}])`, 'iu');

/** Each problem with a message, as "catalogue.key: what". */
export function catalogueProblems(name: string, catalogue: Readonly<Record<string, Message>>): string[] {
  const problems: string[] = [];
  const check = (key: string, w: Words) => {
    for (const l of locales) for (const s of texts(w[l])) if (!s.trim()) problems.push(`${name}.${key}: empty in ${l}`);
    const sets = locales.map((l) => [...new Set(holes(w[l]))].sort().join(','));
    if (new Set(sets).size > 1)
      problems.push(`${name}.${key}: placeholders differ (${locales.map((l, i) => `${l}: ${sets[i]}`).join('; ')})`);
    for (const s of texts(w.nn)) {
      const m = bokmaalWord.exec(s);
      if (m) problems.push(`${name}.${key}: bokmål "${m[2]}" in nynorsk: ${s}`);
    }
  };
  for (const [key, m] of Object.entries(catalogue)) {
    if (isChoice(m)) for (const [option, w] of Object.entries(m.options)) check(`${key}.${option}`, w);
    else check(key, m);
  }
  return problems;
}

/** The same for a reference list's names ({ code, nb, nn, en }). */
export function labelProblems(name: string, defs: readonly ({ code: string } & Words<string>)[]): string[] {
  return catalogueProblems(name, Object.fromEntries(defs.map((d) => [d.code, { nb: d.nb, nn: d.nn, en: d.en }])));
}
