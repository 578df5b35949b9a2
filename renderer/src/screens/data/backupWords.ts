import { formatDateTime, intlTag, type Backup, type Locale } from '../../../../core/index.js';
import type { Translate } from '../../i18n/locale.js';

/** "120 saker, 14 leverandører, 30 kontrakter", or that it cannot be read. */
export function backupHolds(b: Backup, t: Translate): string {
  return b.counts
    ? t('backupWhat', { cases: b.counts.cases, suppliers: b.counts.suppliers, contracts: b.counts.contracts })
    : t('backupUnreadable');
}

export const backupAt = (b: Backup, locale: Locale) => formatDateTime(b.at, locale);

export function formatBytes(n: number, locale: Locale): string {
  const mb = n / 1_048_576;
  return `${new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}
