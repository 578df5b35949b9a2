import { Textfield } from '@digdir/designsystemet-react';
import { useLocale } from '../../i18n/locale.js';

// The user name and password of a sign-in to the office server: the browser's
// sign-in screen and the desktop app's (connecting, and signing in again) ask
// for the same two, the same way.
export function CredentialFields(p: {
  /** Prefix of the fields' ids: `<idPrefix>-username`, `<idPrefix>-password` (the password is focused after a refusal). */
  idPrefix: string;
  username: string;
  password: string;
  onUsername(v: string): void;
  onPassword(v: string): void;
  errors?: { username?: string; password?: string };
}) {
  const { t } = useLocale();
  return (
    <>
      <Textfield
        id={`${p.idPrefix}-username`}
        label={t('signInUsername')}
        autoComplete="username"
        spellCheck={false}
        value={p.username}
        onChange={(e) => p.onUsername(e.target.value)}
        error={p.errors?.username}
      />
      <Textfield
        id={`${p.idPrefix}-password`}
        label={t('signInPassword')}
        type="password"
        autoComplete="current-password"
        value={p.password}
        onChange={(e) => p.onPassword(e.target.value)}
        error={p.errors?.password}
      />
    </>
  );
}
