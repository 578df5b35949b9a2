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
 * locale. Nynorsk writes numbers and dates as bokmål does; ICU knows it as
 * nn-NO all the same.
 */
export const intlTag: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Picks a supported locale from an Accept-Language style value: its first language ("nn-NO" is nynorsk, "en-GB" English), else bokmål. */
export function pickLocale(header: string | null | undefined): Locale {
  const primary = (header ?? '').split(',')[0]?.split(/[;-]/)[0]?.trim().toLowerCase();
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}
