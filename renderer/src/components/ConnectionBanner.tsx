import { Alert } from '@digdir/designsystemet-react';
import { useOffline } from '../api/connection.js';
import { useLocale } from '../i18n/locale.js';

/**
 * Says at once that the host cannot be reached (a request failed, or the
 * change stream dropped), and goes when it answers again. Forms stay as they
 * are meanwhile: nothing the user typed is cleared.
 */
export function ConnectionBanner() {
  const offline = useOffline();
  const { t } = useLocale();
  if (!offline) return null;
  return (
    <Alert data-color="warning" role="alert" className="connection-banner" data-testid="offline-banner">
      {t('offlineBanner')}
    </Alert>
  );
}
