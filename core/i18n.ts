// Messages the service and the rules produce for people: validation issues,
// errors and warnings, in Norwegian bokmål (default) and English. The
// renderer's own UI strings live in renderer/; these are the contract's.
export const locales = ['nb', 'en'] as const;
export type Locale = (typeof locales)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

type Params = Record<string, string | number>;
const catalogue = {
  invalidInput: { nb: 'Noen felt er ikke fylt ut riktig ({n}).', en: 'Some fields are not filled in correctly ({n}).' },
  required: { nb: 'Må fylles ut.', en: 'Required.' },
  invalidType: { nb: 'Ugyldig verdi.', en: 'Invalid value.' },
  tooShort: { nb: 'Må ha minst {min} tegn.', en: 'Must be at least {min} characters.' },
  tooLong: { nb: 'Kan ha høyst {max} tegn.', en: 'Must be at most {max} characters.' },
  tooSmall: { nb: 'Må være minst {min}.', en: 'Must be at least {min}.' },
  tooBig: { nb: 'Kan være høyst {max}.', en: 'Must be at most {max}.' },
  notInteger: { nb: 'Må være et helt tall.', en: 'Must be a whole number.' },
  tooFewItems: { nb: 'Velg minst {min}.', en: 'Choose at least {min}.' },
  tooManyItems: { nb: 'Kan ha høyst {max} valg.', en: 'At most {max} choices.' },
  invalidOption: { nb: 'Ugyldig valg.', en: 'Not one of the allowed choices.' },
  unknownField: { nb: 'Ukjent felt: {keys}.', en: 'Unknown field: {keys}.' },
  invalidDate: { nb: 'Må være en gyldig dato (åååå-mm-dd).', en: 'Must be a valid date (yyyy-mm-dd).' },
  caseNumberFormat: { nb: 'Saksnummer skrives som år/løpenummer, f.eks. 2026/1234.', en: 'Case number is year/sequence, e.g. 2026/1234.' },
  duplicateThemes: { nb: 'Hvert tema kan bare velges én gang.', en: 'Each theme can be chosen only once.' },
  invalidCursor: { nb: 'Ugyldig sidemarkør; start listen på nytt.', en: 'Invalid page cursor; reload the list.' },
  orgnrFormat: { nb: 'Organisasjonsnummer har ni siffer.', en: 'An organisation number has nine digits.' },
  orgnrCheckDigit: { nb: 'Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.', en: 'The check digit does not match; check every digit.' },
  orgnrNoValidCheckDigit: { nb: 'Dette er ikke et gyldig organisasjonsnummer.', en: 'This is not a valid organisation number.' },

  notFound: { nb: 'Fant ikke {what}.', en: '{what} not found.' },
  unknownMethod: { nb: 'Ukjent metode: {method}.', en: 'Unknown method: {method}.' },
  staleVersion: {
    nb: 'Saken er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    en: 'The case was changed by someone else since you opened it. Reload it and make your change again.',
  },
  caseArchived: { nb: 'Saken er arkivert og kan ikke endres. Hent den fram igjen først.', en: 'The case is archived and cannot be changed. Restore it first.' },
  caseNumberTaken: { nb: 'Saksnummer {caseNumber} er allerede brukt av en annen sak.', en: 'Case number {caseNumber} is already used by another case.' },
  demoNotEmpty: { nb: 'Demodata kan bare legges inn i en tom database.', en: 'Demo data can only be added to an empty database.' },
  invalidJson: { nb: 'Forespørselen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  bodyTooLarge: { nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  internal: { nb: 'Noe gikk galt i Anskaff. Ingenting ble lagret. Prøv igjen.', en: 'Something went wrong in Anskaff. Nothing was saved. Try again.' },

  transition_samePhase: { nb: 'Saken er allerede i denne fasen.', en: 'The case is already in this phase.' },
  transition_fromTerminal: { nb: 'Saken er avsluttet eller avlyst og kan ikke flyttes.', en: 'The case is closed or cancelled and cannot be moved.' },
  transition_cancelNeedsReason: { nb: 'Skriv hvorfor saken avlyses.', en: 'Say why the case is cancelled.' },
  transition_backwardNeedsNote: { nb: 'Skriv hvorfor saken flyttes tilbake.', en: 'Say why the case is moved back.' },
  transition_dateBeforeLastEvent: { nb: 'Datoen kan ikke være før forrige hendelse ({date}).', en: 'The date cannot be before the previous event ({date}).' },
  transition_dateInFuture: { nb: 'Datoen kan ikke være fram i tid.', en: 'The date cannot be in the future.' },

  warn_noThresholds: { nb: 'Ingen terskelverdier er registrert for {date}.', en: 'No threshold values are recorded for {date}.' },
  warn_eeaUnknown: { nb: 'EØS-terskelverdien for denne typen er ikke registrert for {date}.', en: 'The EEA threshold for this kind is not recorded for {date}.' },
  warn_procedureNotAllowed: {
    nb: '{procedure} er ikke en tillatt prosedyre etter {regime}.',
    en: '{procedure} is not an allowed procedure under {regime}.',
  },
  warn_directNeedsException: {
    nb: 'Direkte anskaffelse over nasjonal terskelverdi krever et dokumentert unntak i forskriften.',
    en: 'A direct award above the national threshold needs a documented legal exception.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof catalogue;

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(catalogue, s);
}

export function t(key: MessageKey, locale: Locale, params: Params = {}): string {
  return catalogue[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks a supported locale from an Accept-Language style value. */
export function pickLocale(header: string | null | undefined): Locale {
  const first = (header ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
