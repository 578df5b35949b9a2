import { Button } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t as serviceText } from '../../../core/index.js';
import { canConnect } from '../api/office.js';
import { query } from '../api/queries.js';
import { useLocale } from '../i18n/locale.js';

// Who is signed in on the office server, and the way out, in a browser;
// nothing on one PC, where no one signs in, nor in the desktop app, whose
// register banner and Innstillinger → Kontorets server say it (and sign out
// through the main process, which holds the session).
export function OfficeUser() {
  const { t, locale } = useLocale();
  const mine = useQuery(query('access.mine', {}));
  const user = canConnect() ? null : (mine.data?.user ?? null);
  const server = window.location.host;
  useEffect(() => {
    if (user) document.title = t('officeTitle', { server });
  }, [user, t, server]);
  if (!user) return null;

  async function signOut() {
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
