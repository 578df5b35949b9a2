import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../../core/index.js';
import { useAccess } from '../../api/access.js';
import { call } from '../../api/client.js';
import { FormOutcome } from '../../components/FormOutcome.js';
import { useRoleName } from '../../components/Allowed.js';
import { useLocale } from '../../i18n/locale.js';
import { useIssues } from '../../lib/useIssues.js';

/** Innstillinger → Mitt passord: who is signed in to the office server, and their own password changed (the old one first). None on one PC. */
export function OwnPassword() {
  const { user } = useAccess();
  const { t } = useLocale();
  const roleName = useRoleName();
  const f = useIssues();
  const [form, setForm] = useState({ oldPassword: '', newPassword: '' });
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: () => call('access.changeOwnPassword', form),
    onSuccess: () => {
      setForm({ oldPassword: '', newPassword: '' });
      setDone(t('ownPasswordChanged'));
    },
    onError: f.fromError,
  });
  if (!user) return null;
  const set = (k: keyof typeof form, v: string) => {
    setForm((x) => ({ ...x, [k]: v }));
    f.clear(k);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    f.clear();
    setDone(null);
    change.mutate();
  };
  return (
    <form className="panel own-password" onSubmit={submit} noValidate aria-labelledby="own-h">
      <Heading level={2} data-size="sm" id="own-h">
        {t('ownPasswordHeading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('ownSignedInAs', { name: user.name, username: user.username, role: roleName(user.role) })}
      </Paragraph>
      <div className="row-2">
        <Textfield
          id="own-old"
          label={t('ownPasswordOld')}
          type="password"
          autoComplete="current-password"
          value={form.oldPassword}
          onChange={(e) => set('oldPassword', e.target.value)}
          error={f.errorOf('oldPassword')}
        />
        <Textfield
          id="own-new"
          label={t('accNewPassword')}
          description={t('ownPasswordHelp', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(e) => set('newPassword', e.target.value)}
          error={f.errorOf('newPassword')}
        />
      </div>
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={change.isPending}>
          {t('ownPasswordChange')}
        </Button>
      </div>
      <FormOutcome done={done} error={f.general} />
    </form>
  );
}
