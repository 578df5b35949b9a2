import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Backup, Output } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useLocale } from '../../i18n/locale.js';
import { backupAt, backupHolds } from './backupWords.js';

/** Asks before a restore, says what will happen to today's work, and restores. */
export function RestoreDialog({
  backup,
  onClose,
  onRestored,
}: {
  backup: Backup | null;
  onClose: () => void;
  onRestored: (r: Output<'backup.restore'>) => void;
}) {
  const { t, locale } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const restore = useMutation({
    mutationFn: (b: Backup) => call('backup.restore', { id: b.id, folder: b.folder }),
    onSuccess: (r) => {
      // Everything the screens hold is from the register that was replaced.
      onRestored(r);
    },
  });
  useEffect(() => {
    if (backup) ref.current?.showModal();
    else ref.current?.close();
  }, [backup]);
  const at = backup ? backupAt(backup, locale) : '';
  return (
    <Dialog ref={ref} onClose={onClose} closeButton={t('cancel')} aria-labelledby="restore-heading">
      {backup && (
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="restore-heading">
            {t('restoreConfirmHeading', { at })}
          </Heading>
          <Paragraph>{t('restoreConfirmText', { at, what: backupHolds(backup, t) })}</Paragraph>
          {restore.error && <Alert data-color="danger">{restore.error.message}</Alert>}
          <div className="actions">
            <Button data-color="danger" onClick={() => restore.mutate(backup)} disabled={restore.isPending}>
              {t('restoreOf', { at })}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
          </div>
        </Dialog.Block>
      )}
    </Dialog>
  );
}
