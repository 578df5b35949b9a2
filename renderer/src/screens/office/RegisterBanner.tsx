import { useEffect } from 'react';
import type { OfficeState } from '../../api/office.js';
import { useLocale } from '../../i18n/locale.js';
import { roleName } from './officeWords.js';

/**
 * Which register is open, in the desktop app: the window's title always
 * ("Anskaff – Denne PC-en" or "… Kontorserveren anskaff.kommune.no"), and a
 * banner over the app while it works on the office server's.
 */
export function RegisterBanner({ state }: { state: OfficeState }) {
  const { t, locale } = useLocale();
  const title = state.mode === 'office' ? t('windowTitleOffice', { host: state.host }) : t('windowTitleLocal');
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (state.mode !== 'office' || !state.user) return null;
  return (
    <div className="register-banner" role="region" aria-label={t('officeBannerLabel')} data-testid="register-banner">
      {t('officeBanner', { host: state.host, name: state.user.name, role: roleName(state.user.role, locale) })}
    </div>
  );
}
