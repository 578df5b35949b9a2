import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import {
  isMessageKey,
  locales,
  t as serviceText,
  type ApiErrorBody,
  type MessageKey,
  type Params,
} from '../../../../core/index.js';
import { LANGUAGE_NAMES } from '../../components/Header.js';
import { CredentialFields } from './CredentialFields.js';
import { useLocale } from '../../i18n/locale.js';

// The office server's sign-in (service/http/office/auth.ts): shown when the
// server answers that no one is signed in on this browser. A successful
// sign-in loads the app again, now as the signed-in user.

type Field = 'username' | 'password';
/** A problem with a field, as keys, so it is said again in another language. */
type Problem =
  { ui: 'signInUsernameMissing' | 'signInPasswordMissing' | 'noConnection' } | { service: MessageKey; params?: Params };

export function SignInScreen() {
  const { t, locale, setLocale } = useLocale();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, Problem>>>({});
  const [busy, setBusy] = useState(false);
  const server = window.location.host;
  useEffect(() => {
    document.title = t('officeTitle', { server });
  }, [t, server]);

  const say = (p: Problem | undefined) =>
    p === undefined ? undefined : 'ui' in p ? t(p.ui) : serviceText(p.service, locale, p.params);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Partial<Record<Field, Problem>> = {};
    if (username.trim() === '') missing.username = { ui: 'signInUsernameMissing' };
    if (password === '') missing.password = { ui: 'signInPasswordMissing' };
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      document.getElementById(missing.username ? 'signin-username' : 'signin-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await fetch('auth/signin', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale },
        body: JSON.stringify({ username, password }),
      });
      if (res.ok) {
        window.location.reload();
        return;
      }
      const err = ((await res.json().catch(() => null)) as ApiErrorBody | null)?.error;
      const key = err?.key && isMessageKey(err.key) ? err.key : 'signInFailed';
      // A wrong user name or password, or too many tries: said at the password, where the user types again.
      setErrors({ password: { service: key, params: err?.params } });
      setPassword('');
      document.getElementById('signin-password')?.focus();
    } catch {
      setErrors({ password: { ui: 'noConnection' } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="main signin">
      <div className="lang" role="group" aria-label={t('language')}>
        {locales.map((l) => (
          <Button
            key={l}
            variant={l === locale ? 'primary' : 'tertiary'}
            data-size="sm"
            aria-pressed={l === locale}
            onClick={() => setLocale(l)}
            lang={l}
          >
            {LANGUAGE_NAMES[l]}
          </Button>
        ))}
      </div>
      <form className="signin-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="signin-h">
        <Heading level={1} id="signin-h">
          {t('signInHeading')}
        </Heading>
        <Paragraph>{t('signInIntro', { server })}</Paragraph>
        <CredentialFields
          idPrefix="signin"
          username={username}
          password={password}
          onUsername={setUsername}
          onPassword={setPassword}
          errors={{ username: say(errors.username), password: say(errors.password) }}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t('signInBusy') : t('signInSubmit')}
        </Button>
      </form>
    </main>
  );
}
