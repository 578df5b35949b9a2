import { intlTag, type Locale } from './i18n/locale.js';
import { defineMessages, translator } from './i18n/messages.js';
import { grouped, numberFormat } from './i18n/numbers.js';

// Money and dates as Norwegians write them: "1 300 000 kr", "8,4 mill. kr",
// "25.11.2026" (nynorsk as bokmål). Rounding happens here, at display, never
// in the arithmetic.
const NBSP = '\u00a0';

const words = defineMessages({
  nok: { nb: `{amount}${NBSP}kr`, nn: `{amount}${NBSP}kr`, en: `NOK${NBSP}{amount}` },
  currency: { nb: 'kr', nn: 'kr', en: 'NOK' },
  millions: {
    nb: `{amount}${NBSP}mill.${NBSP}kr`,
    nn: `{amount}${NBSP}mill.${NBSP}kr`,
    en: `NOK${NBSP}{amount}${NBSP}million`,
  },
  billions: {
    nb: `{amount}${NBSP}mrd.${NBSP}kr`,
    nn: `{amount}${NBSP}mrd.${NBSP}kr`,
    en: `NOK${NBSP}{amount}${NBSP}billion`,
  },
  days: {
    nb: { one: '1 dag', other: '{days} dager' },
    nn: { one: '1 dag', other: '{days} dagar' },
    en: { one: '1 day', other: '{days} days' },
  },
});
const w = translator(words);

/** How each language writes a date: day.month.year in Norwegian, "25 Nov 2026" in English. */
const dateStyle: Record<Locale, 'numeric' | 'short-month'> = { nb: 'numeric', nn: 'numeric', en: 'short-month' };

export function formatNok(n: number, locale: Locale = 'nb'): string {
  return w('nok', locale, { amount: grouped(n, locale) });
}

/** The currency as the language writes it beside an amount: "kr" in Norwegian, "NOK" in English (a money field's suffix). */
export function currencyMark(locale: Locale): string {
  return w('currency', locale);
}

/** An amount grouped as Norwegians write it, without the currency: "5 393 000"; parseNok reads it back. */
export function formatAmount(n: number, locale: Locale = 'nb'): string {
  return grouped(n, locale);
}

/** Short form for large sums: "8,4 mill. kr", "1,2 mrd. kr"; below a million the full figure. */
export function formatNokShort(n: number, locale: Locale = 'nb'): string {
  const abs = Math.abs(n);
  const [div, key] = abs >= 1e9 ? ([1e9, 'billions'] as const) : abs >= 1e6 ? ([1e6, 'millions'] as const) : [0, null];
  if (!div || !key) return formatNok(n, locale);
  const v = n / div;
  const amount = numberFormat(locale, 1)
    .format(Math.round(v * 10) / 10)
    .replace(/\u2212/g, '-');
  return w(key, locale, { amount });
}

/** "25.11.2026" (nb, nn) or "25 Nov 2026" (en) from an ISO date. */
export function formatDate(iso: string | null | undefined, locale: Locale = 'nb'): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (dateStyle[locale] === 'numeric') return `${d}.${m}.${y}`;
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString(intlTag[locale], {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${Number(d)} ${month} ${y}`;
}

/** How each language writes a date typed in a field: "25.11.2026" in Norwegian, "25/11/2026" in English (day first). */
const dateInputSeparator: Record<Locale, string> = { nb: '.', nn: '.', en: '/' };

/** An ISO date as a date field shows it in the language ("25.11.2026", "25/11/2026"); anything else as it is. readDate reads it back. */
export function formatDateInput(iso: string, locale: Locale = 'nb'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const sep = dateInputSeparator[locale];
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

export function formatDays(n: number, locale: Locale = 'nb'): string {
  return w('days', locale, { n, days: grouped(n, locale) });
}

/** A share as Norwegians write it: "34 %" (whole per cent; the arithmetic keeps the fraction). */
export function formatShare(share: number, locale: Locale = 'nb'): string {
  return `${grouped(share * 100, locale)}${NBSP}%`;
}

/** A percentage given as such, up to two decimals: "12,5 %" (a joint procurement participant's share). */
export function formatPercent(pct: number, locale: Locale = 'nb'): string {
  return `${new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: 2 }).format(pct)}${NBSP}%`;
}

/** A goal's figure or target after its unit: a share, a count, or NOK. */
export function formatGoalValue(unit: 'share' | 'count' | 'nok', v: number, locale: Locale = 'nb'): string {
  if (unit === 'share') return formatShare(v, locale);
  if (unit === 'nok') return formatNokShort(v, locale);
  return grouped(v, locale);
}

const osloDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment (ISO timestamp, UTC) as the office reads it, in Norwegian time: "26.11.2026 02:45". */
export function formatDateTime(iso: string, locale: Locale = 'nb'): string {
  const p = Object.fromEntries(osloDateTime.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${formatDate(`${p.year}-${p.month}-${p.day}`, locale)} ${p.hour}:${p.minute}`;
}
