import { Button, Heading } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { office } from '../../api/office.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { CredentialFields } from './CredentialFields.js';
import { useLocale } from '../../i18n/locale.js';

/**
 * Shown instead of the app when it works on the office server's register
 * but no one is signed in (the session lives only in the main process's
 * memory, so after every start, and when the server ends it). The way back
 * to this PC's own register is here too.
 */
export function OfficeSignIn({ host }: { host: string }) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (request: Parameters<typeof office>[0]) => {
    setError(null);
    setBusy(true);
    try {
      await office(request, locale);
      setPassword('');
      await qc.resetQueries();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run({ action: 'signIn', username, password });
  };
  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="narrow-form">
        <Heading level={1} data-size="lg">
          {t('officeSignInHeading', { host })}
        </Heading>
        <div className="panel">
          <form className="office-form" onSubmit={submit} noValidate>
            <CredentialFields
              idPrefix="office"
              username={username}
              password={password}
              onUsername={setUsername}
              onPassword={setPassword}
            />
            <div className="actions">
              <Button type="submit" disabled={busy}>
                {t('officeSignIn')}
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={busy}
                onClick={() => void run({ action: 'disconnect' })}
              >
                {t('officeDisconnect')}
              </Button>
            </div>
            <FormOutcome done={null} error={error} />
          </form>
        </div>
      </div>
    </main>
  );
}
