import { formatDate, formatNokShort } from '../format.js';
import { addDays, daysBetween } from './dates.js';
import type { Locale } from '../i18n.js';

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
  /** Cases awarded in the period against FOA § 7-9. */
  climate?: { met: number; notMet: number; exempt: number; outside: number };
}

const isWholeYear = (from: string, to: string) => from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4);
/** From 1 January to 31 December of the same or a later year: whole years. */
const isWholeYears = (from: string, to: string) => from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) <= to.slice(0, 4);

/** "I 2026" for a calendar year, else "I perioden 01.01.2026–30.04.2026". */
export function periodPhrase(from: string, to: string, locale: Locale): string {
  if (isWholeYear(from, to)) return locale === 'nb' ? `I ${from.slice(0, 4)}` : `In ${from.slice(0, 4)}`;
  if (isWholeYears(from, to)) return locale === 'nb' ? `I ${from.slice(0, 4)}–${to.slice(0, 4)}` : `In ${from.slice(0, 4)}–${to.slice(0, 4)}`;
  return locale === 'nb' ? `I perioden ${formatDate(from, 'nb')}–${formatDate(to, 'nb')}` : `From ${formatDate(from, 'en')} to ${formatDate(to, 'en')}`;
}

function previousLabel(p: { from: string; to: string }, locale: Locale): string {
  if (isWholeYear(p.from, p.to)) return p.from.slice(0, 4);
  if (isWholeYears(p.from, p.to)) return `${p.from.slice(0, 4)}–${p.to.slice(0, 4)}`;
  return `${formatDate(p.from, locale)}–${formatDate(p.to, locale)}`;
}

const n = (k: number, one: string, many: string, none = '') => (k === 0 && none ? `${none} ${many}` : `${k} ${k === 1 ? one : many}`);

export function summarySentences(f: SummaryFigures, locale: Locale): string[] {
  const out: string[] = [];
  const diff = f.casesHandled - f.previous.casesHandled;
  const savedDiff = f.savedPeriod - f.previous.savedPeriod;
  const prev = previousLabel(f.previous, locale);
  if (locale === 'nb') {
    // Honest about money: what the awards are expected to save over their contract periods, what is realised, and what rests on the office's own estimate.
    out.push(
      `${periodPhrase(f.from, f.to, 'nb')} har innkjøp håndtert ${n(f.casesHandled, 'sak', 'saker')}. Sakene tildelt i perioden har en forventet gevinst på ${formatNokShort(f.savedPeriod, 'nb')} over kontraktsperioden; om lag ${formatNokShort(f.savedFourYears, 'nb')} for sakene tildelt de siste fire årene.` +
        (f.realisedPeriod ? ` Realisert gevinst registrert for perioden: ${formatNokShort(f.realisedPeriod, 'nb')}.` : f.realisedPeriod === 0 ? ' Ingen realisert gevinst er registrert for perioden ennå.' : '') +
        (f.estimateBased ? ` Av den forventede gevinsten bygger ${formatNokShort(f.estimateBased, 'nb')} på kontorets eget anslag som referanse, ikke på en tidligere kontrakt eller markedspris.` : ''),
    );
    const cases = diff === 0 ? 'like mange saker som' : `${Math.abs(diff)} ${diff > 0 ? 'flere' : 'færre'} ${Math.abs(diff) === 1 ? 'sak' : 'saker'} enn`;
    const saved = savedDiff === 0 ? 'den samme gevinsten' : `${formatNokShort(Math.abs(savedDiff), 'nb')} ${savedDiff > 0 ? 'mer' : 'mindre'} i gevinst`;
    out.push(`Det er ${cases} i forrige periode (${prev}), og ${saved}.`);
    if (f.goals) out.push(`${f.goals.metOrOnTrack} av ${f.goals.total} mål i innkjøpsstrategien er nådd eller i rute.`);
    const c = f.climate;
    if (c && c.met + c.notMet + c.exempt > 0) {
      const within = c.met + c.notMet;
      out.push(
        `Klimaregelen i FOA § 7-9 gjaldt ${n(within + c.exempt, 'sak', 'saker')} tildelt i perioden: ${c.met} av ${within} oppfyller den` +
          (c.exempt ? `, og ${n(c.exempt, 'sak', 'saker')} er unntatt fordi klimaavtrykket er uvesentlig (begrunnet), ikke brudd` : '') +
          (c.outside ? `; ${n(c.outside, 'sak', 'saker')} kunngjort før 1.1.2024 er utenfor regelen` : '') +
          '.',
      );
    }
    const d = f.deadlines;
    out.push(`De neste tolv månedene må ${n(d.options, 'opsjon', 'opsjoner', 'ingen')} avgjøres, og ${n(d.expiries, 'kontrakt', 'kontrakter', 'ingen')} utløper${d.overdue ? `; ${n(d.overdue, 'frist', 'frister')} er allerede passert` : ''}.`);
  } else {
    out.push(
      `${periodPhrase(f.from, f.to, 'en')} procurement handled ${n(f.casesHandled, 'case', 'cases')}. The cases awarded in the period are expected to save ${formatNokShort(f.savedPeriod, 'en')} over their contract periods; about ${formatNokShort(f.savedFourYears, 'en')} for the cases awarded in the last four years.` +
        (f.realisedPeriod ? ` Realised savings recorded for the period: ${formatNokShort(f.realisedPeriod, 'en')}.` : f.realisedPeriod === 0 ? ' No realised savings are recorded for the period yet.' : '') +
        (f.estimateBased ? ` Of the expected savings, ${formatNokShort(f.estimateBased, 'en')} rest on the office's own estimate as the baseline, not a previous contract or market price.` : ''),
    );
    const cases = diff === 0 ? 'as many cases as' : `${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'} ${Math.abs(diff) === 1 ? 'case' : 'cases'} than`;
    const saved = savedDiff === 0 ? 'the same savings' : `${formatNokShort(Math.abs(savedDiff), 'en')} ${savedDiff > 0 ? 'more' : 'less'} in savings`;
    out.push(`That is ${cases} in the previous period (${prev}), and ${saved}.`);
    if (f.goals) out.push(`${f.goals.metOrOnTrack} of ${f.goals.total} goals of the procurement strategy are met or on track.`);
    const c = f.climate;
    if (c && c.met + c.notMet + c.exempt > 0) {
      const within = c.met + c.notMet;
      out.push(
        `The climate rule in FOA § 7-9 applied to ${n(within + c.exempt, 'case', 'cases')} awarded in the period: ${c.met} of ${within} meet it` +
          (c.exempt ? `, and ${n(c.exempt, 'case is', 'cases are')} exempt because the footprint is insignificant (justified), not failures` : '') +
          (c.outside ? `; ${n(c.outside, 'case', 'cases')} notified before 1 Jan 2024 ${c.outside === 1 ? 'is' : 'are'} outside the rule` : '') +
          '.',
      );
    }
    const d = f.deadlines;
    out.push(`In the next twelve months ${n(d.options, 'option', 'options', 'no')} must be decided and ${n(d.expiries, 'contract expires', 'contracts expire', 'no')}${d.overdue ? `; ${n(d.overdue, 'deadline has', 'deadlines have')} already passed` : ''}.`);
  }
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
