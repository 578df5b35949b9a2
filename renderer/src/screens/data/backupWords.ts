import { formatDateTime, type Backup, type Locale } from '../../../../core/index.js';
import type { StringKey } from '../../i18n/strings.js';

type T = (key: StringKey, params?: Record<string, string | number>) => string;

/** "120 saker, 14 leverandører, 30 kontrakter", or that it cannot be read. */
export function backupHolds(b: Backup, t: T): string {
  return b.counts ? t('backupWhat', { cases: b.counts.cases, suppliers: b.counts.suppliers, contracts: b.counts.contracts }) : t('backupUnreadable');
}

export const backupAt = (b: Backup, locale: Locale) => formatDateTime(b.at, locale);

export function formatBytes(n: number, locale: Locale): string {
  const mb = n / 1_048_576;
  return `${new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}
