import { formatDate, formatNokShort } from '../format.js';
import { addDays, daysBetween } from './dates.js';
import type { Locale } from '../i18n/locale.js';
import { defineMessages, translator } from '../i18n/messages.js';

// The plain-language summary at the front of a briefing pack, built from
// figures the service computed. Rounding happens only in the formatting.

export interface SummaryFigures {
  from: string;
  to: string;
  casesHandled: number;
  savedPeriod: number;
  savedFourYears: number;
  previous: { from: string; to: string; casesHandled: number; savedPeriod: number };
  goals: { total: number; metOrOnTrack: number } | null;
  deadlines: { options: number; expiries: number; overdue: number };
  /** Realised savings the office recorded for the period's years; expected savings whose baseline is the office's own estimate. */
  realisedPeriod?: number;
  estimateBased?: number;
  /** Cases run jointly with other contracting authorities: their values and savings count the office's own share only. */
  jointCases?: number;
  /** Cases awarded in the period against FOA § 7-9. */
  climate?: { met: number; notMet: number; exempt: number; outside: number };
}

const isWholeYear = (from: string, to: string) =>
  from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4);
/** From 1 January to 31 December of the same or a later year: whole years. */
const isWholeYears = (from: string, to: string) =>
  from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) <= to.slice(0, 4);

// The summary's words: each sentence in every language, its counts by
// Intl.PluralRules, "more" or "fewer" by a choice.
export const summaryWords = defineMessages({
  periodYear: { nb: 'I {year}', nn: 'I {year}', en: 'In {year}' },
  periodYears: { nb: 'I {from}–{to}', nn: 'I {from}–{to}', en: 'In {from}–{to}' },
  periodDays: { nb: 'I perioden {from}–{to}', nn: 'I perioden {from}–{to}', en: 'From {from} to {to}' },
  cases: {
    nb: { one: '{n} sak', other: '{n} saker' },
    nn: { one: '{n} sak', other: '{n} saker' },
    en: { one: '{n} case', other: '{n} cases' },
  },
  handled: {
    nb: '{period} har innkjøp håndtert {cases}. Sakene tildelt i perioden har en forventet gevinst på {saved} over kontraktsperioden; om lag {savedFour} for sakene tildelt de siste fire årene.',
    nn: '{period} har innkjøp handsama {cases}. Sakene som vart tildelte i perioden, har ein forventa gevinst på {saved} over kontraktsperioden; om lag {savedFour} for sakene som vart tildelte dei siste fire åra.',
    en: '{period} procurement handled {cases}. The cases awarded in the period are expected to save {saved} over their contract periods; about {savedFour} for the cases awarded in the last four years.',
  },
  realised: {
    nb: 'Realisert gevinst registrert for perioden: {amount}.',
    nn: 'Realisert gevinst registrert for perioden: {amount}.',
    en: 'Realised savings recorded for the period: {amount}.',
  },
  noneRealised: {
    nb: 'Ingen realisert gevinst er registrert for perioden ennå.',
    nn: 'Ingen realisert gevinst er registrert for perioden enno.',
    en: 'No realised savings are recorded for the period yet.',
  },
  estimateBased: {
    nb: 'Av den forventede gevinsten bygger {amount} på kontorets eget anslag som referanse, ikke på en tidligere kontrakt eller markedspris.',
    nn: 'Av den forventa gevinsten byggjer {amount} på kontoret sitt eige anslag som referanse, ikkje på ein tidlegare kontrakt eller marknadspris.',
    en: "Of the expected savings, {amount} rest on the office's own estimate as the baseline, not a previous contract or market price.",
  },
  jointShare: {
    nb: {
      one: 'Én sak er innkjøpssamarbeid med andre oppdragsgivere; verdiene og gevinstene regner bare kontorets egen andel av den.',
      other:
        '{n} saker er innkjøpssamarbeid med andre oppdragsgivere; verdiene og gevinstene regner bare kontorets egen andel av dem.',
    },
    nn: {
      one: 'Éi sak er innkjøpssamarbeid med andre oppdragsgivarar; verdiane og gevinstane reknar berre kontoret sin eigen del av ho.',
      other:
        '{n} saker er innkjøpssamarbeid med andre oppdragsgivarar; verdiane og gevinstane reknar berre kontoret sin eigen del av dei.',
    },
    en: {
      one: 'One case is a joint procurement with other contracting authorities; the values and savings count only the office’s own share of it.',
      other:
        '{n} cases are joint procurements with other contracting authorities; the values and savings count only the office’s own share of them.',
    },
  },
  compared: {
    nb: 'Det er {cases} i forrige periode ({previous}), og {saved}.',
    nn: 'Det er {cases} i førre periode ({previous}), og {saved}.',
    en: 'That is {cases} in the previous period ({previous}), and {saved}.',
  },
  casesSame: { nb: 'like mange saker som', nn: 'like mange saker som', en: 'as many cases as' },
  casesDiff: {
    select: 'direction',
    options: {
      more: {
        nb: { one: '{n} flere sak enn', other: '{n} flere saker enn' },
        nn: { one: '{n} sak meir enn', other: '{n} fleire saker enn' },
        en: { one: '{n} more case than', other: '{n} more cases than' },
      },
      fewer: {
        nb: { one: '{n} færre sak enn', other: '{n} færre saker enn' },
        nn: { one: '{n} sak færre enn', other: '{n} færre saker enn' },
        en: { one: '{n} fewer case than', other: '{n} fewer cases than' },
      },
    },
  },
  savedSame: { nb: 'den samme gevinsten', nn: 'den same gevinsten', en: 'the same savings' },
  savedDiff: {
    select: 'direction',
    options: {
      more: { nb: '{amount} mer i gevinst', nn: '{amount} meir i gevinst', en: '{amount} more in savings' },
      less: { nb: '{amount} mindre i gevinst', nn: '{amount} mindre i gevinst', en: '{amount} less in savings' },
    },
  },
  goals: {
    nb: '{met} av {total} mål i innkjøpsstrategien er nådd eller i rute.',
    nn: '{met} av {total} mål i innkjøpsstrategien er nådde eller i rute.',
    en: '{met} of {total} goals of the procurement strategy are met or on track.',
  },
  climateApplied: {
    nb: 'Klimaregelen i FOA § 7-9 gjaldt {cases} tildelt i perioden: {met} av {within} oppfyller den',
    nn: 'Klimaregelen i FOA § 7-9 galdt {cases} med tildeling i perioden: {met} av {within} oppfyller han',
    en: 'The climate rule in FOA § 7-9 applied to {cases} awarded in the period: {met} of {within} meet it',
  },
  climateExempt: {
    nb: {
      one: ', og {n} sak er unntatt fordi klimaavtrykket er uvesentlig (begrunnet), ikke brudd',
      other: ', og {n} saker er unntatt fordi klimaavtrykket er uvesentlig (begrunnet), ikke brudd',
    },
    nn: {
      one: ', og {n} sak er unnateken fordi klimaavtrykket er uvesentleg (grunngitt), ikkje brot',
      other: ', og {n} saker er unnatekne fordi klimaavtrykket er uvesentleg (grunngitt), ikkje brot',
    },
    en: {
      one: ', and {n} case is exempt because the footprint is insignificant (justified), not failures',
      other: ', and {n} cases are exempt because the footprint is insignificant (justified), not failures',
    },
  },
  climateOutside: {
    nb: {
      one: '; {n} sak kunngjort før 1.1.2024 er utenfor regelen',
      other: '; {n} saker kunngjort før 1.1.2024 er utenfor regelen',
    },
    nn: {
      one: '; {n} sak kunngjord før 1.1.2024 er utanfor regelen',
      other: '; {n} saker kunngjorde før 1.1.2024 er utanfor regelen',
    },
    en: {
      one: '; {n} case notified before 1 Jan 2024 is outside the rule',
      other: '; {n} cases notified before 1 Jan 2024 are outside the rule',
    },
  },
  deadlines: {
    nb: 'De neste tolv månedene må {options} avgjøres, og {expiries} utløper{overdue}.',
    nn: 'Dei neste tolv månadene må {options} avgjerast, og {expiries} går ut{overdue}.',
    en: 'In the next twelve months {options} must be decided and {expiries}{overdue}.',
  },
  options: {
    nb: { one: '{n} opsjon', other: '{n} opsjoner' },
    nn: { one: '{n} opsjon', other: '{n} opsjonar' },
    en: { one: '{n} option', other: '{n} options' },
  },
  noOptions: { nb: 'ingen opsjoner', nn: 'ingen opsjonar', en: 'no options' },
  expiries: {
    nb: { one: '{n} kontrakt', other: '{n} kontrakter' },
    nn: { one: '{n} kontrakt', other: '{n} kontraktar' },
    en: { one: '{n} contract expires', other: '{n} contracts expire' },
  },
  noExpiries: { nb: 'ingen kontrakter', nn: 'ingen kontraktar', en: 'no contracts expire' },
  overdue: {
    nb: { one: '; {n} frist er allerede passert', other: '; {n} frister er allerede passert' },
    nn: { one: '; {n} frist har alt gått ut', other: '; {n} fristar har alt gått ut' },
    en: { one: '; {n} deadline has already passed', other: '; {n} deadlines have already passed' },
  },
});
const w = translator(summaryWords);

/** "I 2026" for a calendar year, else "I perioden 01.01.2026–30.04.2026". */
export function periodPhrase(from: string, to: string, locale: Locale): string {
  if (isWholeYear(from, to)) return w('periodYear', locale, { year: from.slice(0, 4) });
  if (isWholeYears(from, to)) return w('periodYears', locale, { from: from.slice(0, 4), to: to.slice(0, 4) });
  return w('periodDays', locale, { from: formatDate(from, locale), to: formatDate(to, locale) });
}

function previousLabel(p: { from: string; to: string }, locale: Locale): string {
  if (isWholeYear(p.from, p.to)) return p.from.slice(0, 4);
  if (isWholeYears(p.from, p.to)) return `${p.from.slice(0, 4)}–${p.to.slice(0, 4)}`;
  return `${formatDate(p.from, locale)}–${formatDate(p.to, locale)}`;
}

export function summarySentences(f: SummaryFigures, locale: Locale): string[] {
  const out: string[] = [];
  const money = (n: number) => formatNokShort(n, locale);
  const diff = f.casesHandled - f.previous.casesHandled;
  const savedDiff = f.savedPeriod - f.previous.savedPeriod;
  // Honest about money: what the awards are expected to save over their contract periods, what is realised, and what rests on the office's own estimate.
  out.push(
    [
      w('handled', locale, {
        period: periodPhrase(f.from, f.to, locale),
        cases: w('cases', locale, { n: f.casesHandled }),
        saved: money(f.savedPeriod),
        savedFour: money(f.savedFourYears),
      }),
      f.realisedPeriod
        ? w('realised', locale, { amount: money(f.realisedPeriod) })
        : f.realisedPeriod === 0
          ? w('noneRealised', locale)
          : '',
      f.estimateBased ? w('estimateBased', locale, { amount: money(f.estimateBased) }) : '',
      f.jointCases ? w('jointShare', locale, { n: f.jointCases }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const cases =
    diff === 0
      ? w('casesSame', locale)
      : w('casesDiff', locale, { direction: diff > 0 ? 'more' : 'fewer', n: Math.abs(diff) });
  const saved =
    savedDiff === 0
      ? w('savedSame', locale)
      : w('savedDiff', locale, { direction: savedDiff > 0 ? 'more' : 'less', amount: money(Math.abs(savedDiff)) });
  out.push(w('compared', locale, { cases, previous: previousLabel(f.previous, locale), saved }));
  if (f.goals) out.push(w('goals', locale, { met: f.goals.metOrOnTrack, total: f.goals.total }));
  const c = f.climate;
  if (c && c.met + c.notMet + c.exempt > 0) {
    const within = c.met + c.notMet;
    out.push(
      w('climateApplied', locale, { cases: w('cases', locale, { n: within + c.exempt }), met: c.met, within }) +
        (c.exempt ? w('climateExempt', locale, { n: c.exempt }) : '') +
        (c.outside ? w('climateOutside', locale, { n: c.outside }) : '') +
        '.',
    );
  }
  const d = f.deadlines;
  out.push(
    w('deadlines', locale, {
      options: d.options ? w('options', locale, { n: d.options }) : w('noOptions', locale),
      expiries: d.expiries ? w('expiries', locale, { n: d.expiries }) : w('noExpiries', locale),
      overdue: d.overdue ? w('overdue', locale, { n: d.overdue }) : '',
    }),
  );
  return out;
}

/** The period of equal length just before [from, to]: whole years before whole years, else the same number of days. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (isWholeYears(from, to)) {
    const first = Number(from.slice(0, 4));
    const years = Number(to.slice(0, 4)) - first + 1;
    return { from: `${first - years}-01-01`, to: `${first - 1}-12-31` };
  }
  const len = daysBetween(from, to) + 1;
  return { from: addDays(from, -len), to: addDays(from, -1) };
}
