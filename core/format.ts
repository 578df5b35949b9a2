import type { Locale } from './i18n.js';

// Money and dates as Norwegians write them: "1 300 000 kr", "8,4 mill. kr",
// "25.11.2026". Rounding happens here, at display, never in the arithmetic.
const NBSP = '\u00a0';

// One formatter per locale and precision, made on first use: making one
// costs far more than formatting with it, and a pack formats thousands.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, fractionDigits: 0 | 1): Intl.NumberFormat {
  const key = `${locale}${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 })));
  return f;
}

function grouped(n: number, locale: Locale): string {
  // Intl gives nb-NO a narrow no-break space; offices write a plain
  // no-break space, and it copies cleanly into Word.
  return numberFormat(locale, 0)
    .format(Math.round(n))
    .replace(/[\u202f\u00a0 ]/g, NBSP)
    .replace(/\u2212/g, '-');
}

export function formatNok(n: number, locale: Locale = 'nb'): string {
  return locale === 'nb' ? `${grouped(n, locale)}${NBSP}kr` : `NOK${NBSP}${grouped(n, locale)}`;
}

/** An amount grouped as Norwegians write it, without the currency: "5 393 000"; parseNok reads it back. */
export function formatAmount(n: number, locale: Locale = 'nb'): string {
  return grouped(n, locale);
}

/** Short form for large sums: "8,4 mill. kr", "1,2 mrd. kr"; below a million the full figure. */
export function formatNokShort(n: number, locale: Locale = 'nb'): string {
  const abs = Math.abs(n);
  const [div, nb, en] = abs >= 1e9 ? [1e9, 'mrd.', 'billion'] : abs >= 1e6 ? [1e6, 'mill.', 'million'] : [0, '', ''];
  if (!div) return formatNok(n, locale);
  const v = n / div;
  const s = numberFormat(locale, 1)
    .format(Math.round(v * 10) / 10)
    .replace(/\u2212/g, '-');
  return locale === 'nb' ? `${s}${NBSP}${nb}${NBSP}kr` : `NOK${NBSP}${s}${NBSP}${en}`;
}

/** "25.11.2026" (nb) or "25 Nov 2026" (en) from an ISO date. */
export function formatDate(iso: string | null | undefined, locale: Locale = 'nb'): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (locale === 'nb') return `${d}.${m}.${y}`;
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${Number(d)} ${month} ${y}`;
}

export function formatDays(n: number, locale: Locale = 'nb'): string {
  if (locale === 'nb') return n === 1 ? '1 dag' : `${grouped(n, locale)} dager`;
  return n === 1 ? '1 day' : `${grouped(n, locale)} days`;
}

/** Parses what a person types as an amount: "1 300 000", "1300000 kr", "1.300.000". */
export function parseNok(s: string): number | null {
  const cleaned = s.replace(/kr|nok|[\s\u00a0\u202f.]/gi, '').replace(/,-?$/, '');
  if (!/^\d{1,13}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A share as Norwegians write it: "34 %" (whole per cent; the arithmetic keeps the fraction). */
export function formatShare(share: number, locale: Locale = 'nb'): string {
  return `${grouped(share * 100, locale)}${NBSP}%`;
}

/** A goal's figure or target after its unit: a share, a count, or NOK. */
export function formatGoalValue(unit: 'share' | 'count' | 'nok', v: number, locale: Locale = 'nb'): string {
  if (unit === 'share') return formatShare(v, locale);
  if (unit === 'nok') return formatNokShort(v, locale);
  return grouped(v, locale);
}

const osloDateTime = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A moment (ISO timestamp, UTC) as the office reads it, in Norwegian time: "26.11.2026 02:45". */
export function formatDateTime(iso: string, locale: Locale = 'nb'): string {
  const p = Object.fromEntries(osloDateTime.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${formatDate(`${p.year}-${p.month}-${p.day}`, locale)} ${p.hour}:${p.minute}`;
}
