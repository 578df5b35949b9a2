import { Button } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t as serviceText } from '../../../core/index.js';
import { canConnect, office } from '../api/office.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';

// Who is signed in on the office server, and the way out; nothing on one PC,
// where no one signs in.
export function OfficeUser() {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const mine = useQuery(query('access.mine', {}));
  const user = mine.data?.user ?? null;
  const server = window.location.host;
  // In the desktop app the main process holds the session and the window's title names the server (RegisterBanner).
  const desktop = canConnect();
  useEffect(() => {
    if (user && !desktop) document.title = t('officeTitle', { server });
  }, [user, t, server, desktop]);
  if (!user) return null;

  async function signOut() {
    if (desktop) {
      await office({ action: 'signOut' }, locale).catch(() => null);
      await qc.resetQueries();
      return;
    }
    await fetch('auth/signout', { method: 'POST' }).catch(() => null);
    window.location.reload();
  }

  return (
    <div className="office-user" role="group" aria-label={t('signedInAs')}>
      <span className="office-user-name" data-testid="office-user">
        {user.name}
        <span className="office-user-role">{serviceText(`role_${user.role}`, locale)}</span>
      </span>
      <Button variant="tertiary" data-size="sm" onClick={() => void signOut()}>
        {t('signOut')}
      </Button>
    </div>
  );
}
