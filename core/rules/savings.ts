import { formatNokShort } from '../format.js';
import type { Locale } from '../i18n.js';

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
  const out = new Map<number, YearTotals>(years.map((y) => [y, { year: y, casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, expected: 0, realised: 0 }]));
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

/** Adds up several years' totals. */
export function sumTotals(list: readonly YearTotals[]): Omit<YearTotals, 'year'> {
  return list.reduce(
    (a, t) => ({
      casesHandled: a.casesHandled + t.casesHandled,
      savedContractPeriod: a.savedContractPeriod + t.savedContractPeriod,
      savedPerYear: a.savedPerYear + t.savedPerYear,
      expected: a.expected + t.expected,
      realised: a.realised + t.realised,
    }),
    { casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, expected: 0, realised: 0 },
  );
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
export function savingsSentence(list: readonly YearTotals[], locale: Locale): string {
  const last = list.at(-1);
  if (!last) return '';
  const n = list.length;
  const figure = (t: YearTotals) => (t.realised !== 0 ? t.realised : t.expected);
  const all = list.reduce((s, t) => s + figure(t), 0);
  const realisedYears = list.filter((t) => t.realised !== 0).length;
  const words = ['', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];
  if (locale === 'nb') {
    const cases = `${last.casesHandled} ${last.casesHandled === 1 ? 'sak' : 'saker'}`;
    const head = last.realised !== 0 ? `og realisert gevinster på ${formatNokShort(last.realised, 'nb')}` : `med forventet gevinst på ${formatNokShort(last.expected, 'nb')} (ikke realisert ennå)`;
    const which = realisedYears === n ? 'realisert' : realisedYears === 0 ? 'forventet' : 'realisert der det er registrert, ellers forventet';
    const years = n === 1 ? 'året' : `de siste ${words[n] ?? n} årene`;
    return `I ${last.year} har innkjøp håndtert ${cases} ${head}; om lag ${formatNokShort(all, 'nb')} ${years} (${which}).`;
  }
  const cases = `${last.casesHandled} ${last.casesHandled === 1 ? 'case' : 'cases'}`;
  const head = last.realised !== 0 ? `and realised savings of ${formatNokShort(last.realised, 'en')}` : `with expected savings of ${formatNokShort(last.expected, 'en')} (not realised yet)`;
  const which = realisedYears === n ? 'realised' : realisedYears === 0 ? 'expected' : 'realised where recorded, otherwise expected';
  return `In ${last.year} procurement handled ${cases} ${head}; about ${formatNokShort(all, 'en')} over the last ${n === 1 ? 'year' : `${n} years`} (${which}).`;
}
