import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { canConnect, office, useOffice } from '../../api/office.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { CredentialFields } from './CredentialFields.js';
import { useLocale } from '../../i18n/locale.js';
import { roleName } from './officeWords.js';

/** What went wrong, in the user's words: the address's own problems beside the address, the rest under the form. */
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const aboutAddress = (e: unknown) => e instanceof ApiError && String(e.key ?? '').startsWith('officeAddress');

/**
 * Innstillinger → "Koble til kontorets server" (the desktop app only): the
 * address; the fingerprint the server shows, to compare with what it
 * printed; sign in; then the app works on the server's register. "Koble fra"
 * goes back to this PC's own.
 */
export function OfficeSettings() {
  const state = useOffice();
  const { t } = useLocale();
  if (!canConnect() || !state) return null;
  return (
    <section className="narrow-form" aria-labelledby="office-heading">
      <Heading level={2} data-size="md" id="office-heading">
        {t('officeHeading')}
      </Heading>
      <div className="panel">{state.mode === 'local' ? <Connect /> : <Connected state={state} />}</div>
    </section>
  );
}

function Connect() {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [probed, setProbed] = useState<{ origin: string; fingerprint: string } | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const probe = async (e: FormEvent) => {
    e.preventDefault();
    setAddressError(null);
    setError(null);
    setBusy(true);
    try {
      const r = await office({ action: 'probe', address }, locale);
      setProbed({ origin: String(r.origin), fingerprint: String(r.fingerprint) });
    } catch (err) {
      if (aboutAddress(err)) setAddressError(messageOf(err));
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const accept = async (e: FormEvent) => {
    e.preventDefault();
    if (!probed) return;
    setError(null);
    setBusy(true);
    try {
      await office({ action: 'accept', ...probed, username, password }, locale);
      setPassword('');
      // Another register: every answer shown so far was this PC's.
      await qc.resetQueries();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (!probed)
    return (
      <form className="office-form" onSubmit={(e) => void probe(e)} noValidate>
        <Paragraph>{t('officeLocalNow')}</Paragraph>
        <Textfield
          id="f-officeAddress"
          label={t('officeAddress')}
          description={t('officeAddressHelp')}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={addressError ?? undefined}
          autoComplete="url"
          spellCheck={false}
        />
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('officeConnecting') : t('officeConnect')}
          </Button>
        </div>
        <FormOutcome done={null} error={error} />
      </form>
    );

  return (
    <form className="office-form" onSubmit={(e) => void accept(e)} noValidate>
      <Heading level={3} data-size="xs">
        {t('officeFingerprintHeading')}
      </Heading>
      <Paragraph>{t('officeFingerprintIntro', { origin: probed.origin })}</Paragraph>
      <Paragraph>
        <span className="muted">{t('officeFingerprint')}: </span>
        <code className="fingerprint" data-testid="office-fingerprint">
          {probed.fingerprint}
        </code>
      </Paragraph>
      <CredentialFields
        idPrefix="office"
        username={username}
        password={password}
        onUsername={setUsername}
        onPassword={setPassword}
      />
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('officeAcceptAndSignIn')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setProbed(null);
            setPassword('');
            setError(null);
          }}
        >
          {t('officeCancel')}
        </Button>
      </div>
      <FormOutcome done={null} error={error} />
    </form>
  );
}

function Connected({ state }: { state: Extract<NonNullable<ReturnType<typeof useOffice>>, { mode: 'office' }> }) {
  const { t, locale } = useLocale();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const act = async (action: 'disconnect' | 'signOut') => {
    setError(null);
    try {
      await office({ action }, locale);
      await qc.resetQueries();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <div className="office-form">
      {state.user && (
        <Paragraph>
          {t('officeConnectedNow', {
            host: state.host,
            name: state.user.name,
            role: roleName(state.user.role, locale),
          })}
        </Paragraph>
      )}
      <Paragraph>
        <span className="muted">{t('officeFingerprint')}: </span>
        <code className="fingerprint">{state.fingerprint}</code>
      </Paragraph>
      <div className="actions">
        <Button type="button" variant="secondary" onClick={() => void act('disconnect')}>
          {t('officeDisconnect')}
        </Button>
        {state.user && (
          <Button type="button" variant="tertiary" onClick={() => void act('signOut')}>
            {t('officeSignOut')}
          </Button>
        )}
      </div>
      <FormOutcome done={null} error={error} />
    </div>
  );
}
