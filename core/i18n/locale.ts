// The languages Anskaff speaks: bokmål (the default), nynorsk and English.
// Everything keyed by language (catalogues, formatters, the print route's
// `lang`, Accept-Language, IPC) reads this list; nothing compares a locale
// with a literal (a lint rule forbids it, eslint.config.js).
export const locales = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (locales as readonly string[]).includes(x);
}

/** A value that should be a locale (IPC, a route's `lang`, a CLI flag): the default when it is not one. */
export function localeOr(x: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(x) ? x : fallback;
}

/**
 * The BCP 47 tag Intl (numbers, collation, plural rules) gets for each
 * locale. Nynorsk writes numbers and dates as bokmål does, and asks for
 * nn-NO; where the runtime has no nynorsk data (Chromium's ICU has none, and
 * would fall back to English digits, "6,000,000") it gets bokmål's, which
 * is the same.
 */
const tags: Record<Locale, readonly string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };
export const intlTag = Object.fromEntries(
  locales.map((l) => [l, Intl.NumberFormat.supportedLocalesOf(tags[l])[0] ?? tags[l][0]!]),
) as Record<Locale, string>;

/** Picks a supported locale from an Accept-Language style value: its first language ("nn-NO" is nynorsk, "en-GB" English), else bokmål. */
export function pickLocale(header: string | null | undefined): Locale {
  const primary = (header ?? '').split(',')[0]?.split(/[;-]/)[0]?.trim().toLowerCase();
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}
