import { intlTag, type Locale } from './locale.js';

// Numbers as each language groups them: "1 300 000" in bokmål and nynorsk,
// "1,300,000" in English. The messages' `{n:int}` and core/format.ts share it.
const NBSP = '\u00a0';

// One formatter per locale and precision, made on first use: making one
// costs far more than formatting with it, and a pack formats thousands.
const formatters = new Map<string, Intl.NumberFormat>();
export function numberFormat(locale: Locale, fractionDigits: 0 | 1): Intl.NumberFormat {
  const key = `${locale}${fractionDigits}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 })),
    );
  return f;
}

/** A whole number grouped as the language does; Intl's narrow no-break space becomes a plain no-break space (offices write it, and it copies cleanly into Word), its minus a hyphen. */
export function grouped(n: number, locale: Locale): string {
  return numberFormat(locale, 0)
    .format(Math.round(n))
    .replace(/[\u202f\u00a0 ]/g, NBSP)
    .replace(/\u2212/g, '-');
}
