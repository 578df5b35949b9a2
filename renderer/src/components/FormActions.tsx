import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale.js';
import type { Href } from '../lib/router.js';

/**
 * The row under a form: its submit button (busy while saving, so a second
 * click cannot send it twice) and "Avbryt", a link back to where the form
 * was opened from. `submit` names the action where "Lagre" is not it
 * ("Opprett sak", "Ny kontrakt").
 */
export function FormActions({ busy, cancelTo, submit }: { busy: boolean; cancelTo: Href; submit?: ReactNode }) {
  const { t } = useLocale();
  return (
    <div className="actions">
      <Button type="submit" loading={busy} disabled={busy}>
        {submit ?? t('save')}
      </Button>
      <Button variant="secondary" asChild>
        <a href={cancelTo}>{t('cancel')}</a>
      </Button>
    </div>
  );
}
