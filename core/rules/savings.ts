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

export interface CaseForTotals {
  /** Years in which the case had a phase event: it was handled then. */
  handledYears: readonly number[];
  /** The year of the award; a saving counts in that year. */
  awardYear: number | null;
  saving: SavingInput | null;
  realised: readonly { year: number; amount: number }[];
}

export interface YearTotals {
  year: number;
  casesHandled: number;
  savedContractPeriod: number;
  savedPerYear: number;
  realised: number;
}

/** Totals per year for the years asked, newest last. */
export function savingsTotals(cases: readonly CaseForTotals[], years: readonly number[]): YearTotals[] {
  const out = new Map<number, YearTotals>(years.map((y) => [y, { year: y, casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, realised: 0 }]));
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
    (a, t) => ({ casesHandled: a.casesHandled + t.casesHandled, savedContractPeriod: a.savedContractPeriod + t.savedContractPeriod, savedPerYear: a.savedPerYear + t.savedPerYear, realised: a.realised + t.realised }),
    { casesHandled: 0, savedContractPeriod: 0, savedPerYear: 0, realised: 0 },
  );
}

/**
 * The sentence leadership reads: "I 2026 har innkjøp håndtert 112 saker og
 * spart 8,4 mill. kr; om lag 30 mill. kr de siste fire årene."
 */
export function savingsSentence(list: readonly YearTotals[], locale: Locale): string {
  const last = list.at(-1);
  if (!last) return '';
  const all = sumTotals(list);
  const n = list.length;
  const words = ['', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];
  if (locale === 'nb') {
    const years = n === 1 ? 'året' : `de siste ${words[n] ?? n} årene`;
    return `I ${last.year} har innkjøp håndtert ${last.casesHandled} ${last.casesHandled === 1 ? 'sak' : 'saker'} og spart ${formatNokShort(last.savedContractPeriod, 'nb')}; om lag ${formatNokShort(all.savedContractPeriod, 'nb')} ${years}.`;
  }
  return `In ${last.year} procurement handled ${last.casesHandled} ${last.casesHandled === 1 ? 'case' : 'cases'} and saved ${formatNokShort(last.savedContractPeriod, 'en')}; about ${formatNokShort(all.savedContractPeriod, 'en')} over the last ${n === 1 ? 'year' : `${n} years`}.`;
}
