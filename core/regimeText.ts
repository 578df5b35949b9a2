import { formatDate, formatNok } from './format.js';
import { groundSetDefs } from './reference/grounds.js';
import { t, type Locale } from './i18n.js';
import { procedureDefs } from './reference/procedures.js';
import { regimeDefs } from './reference/regimes.js';
import type { RegimeWarning } from './rules/regime.js';

/** A regime warning in words; the service's case detail and the live form panel both use it. */
export function warningText(w: RegimeWarning, locale: Locale): string {
  switch (w.code) {
    case 'noThresholds':
      return t('warn_noThresholds', locale, { date: formatDate(w.date, locale) });
    case 'lastKnownThresholds':
      return t('warn_lastKnownThresholds', locale, {
        from: formatDate(w.from, locale),
        regulation: w.regulation,
        checked: formatDate(w.checkedUntil, locale),
        date: formatDate(w.date, locale),
      });
    case 'lastKnownThresholdsThrough':
      return t('warn_lastKnownThresholdsThrough', locale, {
        from: formatDate(w.from, locale),
        regulation: w.regulation,
        checked: formatDate(w.checkedUntil, locale),
        date: formatDate(w.date, locale),
      });
    case 'officeThresholds':
      return t('warn_officeThresholds', locale, { from: formatDate(w.from, locale), regulation: w.regulation });
    case 'eeaUnknown':
      return t('warn_eeaUnknown', locale, { date: formatDate(w.date, locale) });
    case 'groundMissing':
      return t('warn_groundMissing', locale, {
        procedure: procedureDefs.find((p) => p.code === w.procedure)![locale],
        regime: regimeDefs.find((r) => r.code === w.regime)![locale].split(':')[0]!,
        section: groundSetDefs.find((g) => g.code === w.set)!.short[locale],
      });
    case 'splitting':
      return t('warn_splitting', locale, {
        group: w.group,
        sum: formatNok(w.sum, locale),
        n: w.cases.length,
        cases: w.cases.join(', '),
        level: t('splittingLevel', locale, { level: w.level }),
        threshold: formatNok(w.threshold, locale),
      });
    case 'designContestNotice':
      return t('warn_designContestNotice', locale, {
        national: formatNok(w.national, locale),
        partV: formatNok(w.partV, locale),
      });
    case 'procedureNotAllowed':
      return t('warn_procedureNotAllowed', locale, {
        procedure: procedureDefs.find((p) => p.code === w.procedure)![locale],
        regime: regimeDefs.find((r) => r.code === w.regime)![locale].split(':')[0]!,
      });
  }
}
