import { formatNokShort } from '../format.js';
import type { Locale } from '../i18n/locale.js';
import { defineMessages, render, translator } from '../i18n/messages.js';

// Savings arithmetic. Sums stay exact (whole kroner in, no rounding) until
// they are shown: formatNok/formatNokShort round at display.

export interface SavingInput {
  baselineValue: number;
  awardedValue: number;
  /** The contract period the values cover, in months. */
  periodMonths: number;
}

/** The saving over the contract period and per year (negative when the award cost more). */
export function saving(s: SavingInput): { total: number; perYear: number } {
  const total = s.baselineValue - s.awardedValue;
  return { total, perYear: (total * 12) / s.periodMonths };
}

/**
 * The expected saving booked over the contract period, month by month from
 * the award (not all in the award year): each year gets its months' share.
 */
export function expectedByYear(s: SavingInput, start: string): Map<number, number> {
  const out = new Map<number, number>();
  const monthly = (s.baselineValue - s.awardedValue) / s.periodMonths;
  const [y, m] = start.split('-').map(Number) as [number, number];
  for (let k = 0; k < s.periodMonths; k++) {
    const year = y + Math.floor((m - 1 + k) / 12);
    out.set(year, (out.get(year) ?? 0) + monthly);
  }
  return out;
}

export interface CaseForTotals {
  /** Years in which the case had a phase event: it was handled then. */
  handledYears: readonly number[];
  /** The year of the award: the saving for the whole contract period is shown against it. */
  awardYear: number | null;
  /** The award date: the expected saving is booked over the contract period from it. */
  awardDate?: string | null;
  saving: SavingInput | null;
  realised: readonly { year: number; amount: number }[];
}

export interface YearTotals {
  year: number;
  casesHandled: number;
  /** The whole contract period's saving of the cases awarded in the year. */
  savedContractPeriod: number;
  savedPerYear: number;
  /** The saving expected in the year: each awarded case's saving spread over its contract period. */
  expected: number;
  /** Realised savings the office recorded for the year. */
  realised: number;
}

/** Totals per year for the years asked, newest last. */
export function savingsTotals(cases: readonly CaseForTotals[], years: readonly number[]): YearTotals[] {
  const out = new Map<number, YearTotals>(
    years.map((y) => [
      y,
      { year: y, casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, expected: 0, realised: 0 },
    ]),
  );
  for (const c of cases) {
    for (const y of new Set(c.handledYears)) {
      const t = out.get(y);
      if (t) t.casesHandled++;
    }
    if (c.saving && c.awardYear !== null) {
      const t = out.get(c.awardYear);
      if (t) {
        const s = saving(c.saving);
        t.savedContractPeriod += s.total;
        t.savedPerYear += s.perYear;
      }
    }
    if (c.saving && c.awardDate) {
      for (const [y, amount] of expectedByYear(c.saving, c.awardDate)) {
        const t = out.get(y);
        if (t) t.expected += amount;
      }
    }
    for (const r of c.realised) {
      const t = out.get(r.year);
      if (t) t.realised += r.amount;
    }
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/** How many cases were handled in any of the years: a case handled in two of them is one case, not two. */
export function casesHandledIn(cases: readonly CaseForTotals[], years: readonly number[]): number {
  return cases.filter((c) => c.handledYears.some((y) => years.includes(y))).length;
}

/**
 * Adds up several years' totals: the sums of money add; the cases handled
 * are counted once each (`casesHandled`, from casesHandledIn), as a case
 * handled over a year-end is still one case.
 */
export function sumTotals(list: readonly YearTotals[], casesHandled: number): Omit<YearTotals, 'year'> {
  const sums = list.reduce(
    (a, t) => ({
      casesHandled: a.casesHandled + t.casesHandled,
      savedContractPeriod: a.savedContractPeriod + t.savedContractPeriod,
      savedPerYear: a.savedPerYear + t.savedPerYear,
      expected: a.expected + t.expected,
      realised: a.realised + t.realised,
    }),
    { casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, expected: 0, realised: 0 },
  );
  return { ...sums, casesHandled };
}

/**
 * The sentence leadership reads, honest about what is money saved and what
 * is only expected: a year's figure is the realised savings the office
 * recorded for it, and where none are recorded, the saving expected in it
 * (spread over the contract period); the sentence says which. "I 2026 har
 * innkjøp håndtert 112 saker og realisert gevinster på 8,4 mill. kr; om lag
 * 30 mill. kr de siste fire årene (realisert der det er registrert, ellers
 * forventet)."
 */
const sentenceWords = defineMessages({
  sentence: {
    nb: 'I {year} har innkjøp håndtert {cases} {head}; om lag {all} {years} ({which}).',
    nn: 'I {year} har innkjøp handsama {cases} {head}; om lag {all} {years} ({which}).',
    en: 'In {year} procurement handled {cases} {head}; about {all} {years} ({which}).',
  },
  cases: {
    nb: { one: '{n} sak', other: '{n} saker' },
    nn: { one: '{n} sak', other: '{n} saker' },
    en: { one: '{n} case', other: '{n} cases' },
  },
  head: {
    select: 'figure',
    options: {
      realised: {
        nb: 'og realisert gevinster på {amount}',
        nn: 'og realisert gevinstar på {amount}',
        en: 'and realised savings of {amount}',
      },
      expected: {
        nb: 'med forventet gevinst på {amount} (ikke realisert ennå)',
        nn: 'med forventa gevinst på {amount} (ikkje realisert enno)',
        en: 'with expected savings of {amount} (not realised yet)',
      },
    },
  },
  years: {
    nb: { one: 'året', other: 'de siste {count} årene' },
    nn: { one: 'året', other: 'dei siste {count} åra' },
    en: { one: 'over the last year', other: 'over the last {count} years' },
  },
  /** The years counted in words up to ten ("de siste fire årene"); past ten, and in English, in figures. */
  count: {
    select: 'n',
    options: {
      '2': { nb: 'to', nn: 'to', en: '2' },
      '3': { nb: 'tre', nn: 'tre', en: '3' },
      '4': { nb: 'fire', nn: 'fire', en: '4' },
      '5': { nb: 'fem', nn: 'fem', en: '5' },
      '6': { nb: 'seks', nn: 'seks', en: '6' },
      '7': { nb: 'sju', nn: 'sju', en: '7' },
      '8': { nb: 'åtte', nn: 'åtte', en: '8' },
      '9': { nb: 'ni', nn: 'ni', en: '9' },
      '10': { nb: 'ti', nn: 'ti', en: '10' },
    },
  },
  which: {
    select: 'realisedYears',
    options: {
      all: { nb: 'realisert', nn: 'realisert', en: 'realised' },
      none: { nb: 'forventet', nn: 'forventa', en: 'expected' },
      some: {
        nb: 'realisert der det er registrert, ellers forventet',
        nn: 'realisert der det er registrert, elles forventa',
        en: 'realised where recorded, otherwise expected',
      },
    },
  },
});
const w = translator(sentenceWords);

export function savingsSentence(list: readonly YearTotals[], locale: Locale): string {
  const last = list.at(-1);
  if (!last) return '';
  const n = list.length;
  const figure = (t: YearTotals) => (t.realised !== 0 ? t.realised : t.expected);
  const all = list.reduce((s, t) => s + figure(t), 0);
  const realisedYears = list.filter((t) => t.realised !== 0).length;
  const head =
    last.realised !== 0
      ? w('head', locale, { figure: 'realised', amount: formatNokShort(last.realised, locale) })
      : w('head', locale, { figure: 'expected', amount: formatNokShort(last.expected, locale) });
  return w('sentence', locale, {
    year: last.year,
    cases: w('cases', locale, { n: last.casesHandled }),
    head,
    all: formatNokShort(all, locale),
    // A count the words do not have is written in figures (the choice shows it as itself).
    years: w('years', locale, { n, count: render(sentenceWords.count, locale, { n: String(n) }) }),
    which: w('which', locale, { realisedYears: realisedYears === n ? 'all' : realisedYears === 0 ? 'none' : 'some' }),
  });
}
