import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Backup, Output } from '../../../../core/index.js';
import { useLocale } from '../../i18n/locale.js';
import { backupAt, backupHolds } from './backupWords.js';
import { RestoreDialog } from './RestoreDialog.js';

/**
 * Shown instead of the app when the register was refused at start: why, in
 * words, and the newest backup that passes its check now, to restore.
 */
export function RecoveryScreen({ status, onRestored }: { status: Output<'system.status'>; onRestored: () => void }) {
  const { t, locale } = useLocale();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const offer = status.offer;
  return (
    <div className="narrow-form recovery">
      <Heading level={1} data-size="lg">
        {t('recoveryHeading')}
      </Heading>
      <Alert data-color="danger">{status.problem}</Alert>
      {offer ? (
        <>
          <Paragraph>{t('recoveryOffer', { at: backupAt(offer, locale), what: backupHolds(offer, t) })}</Paragraph>
          <Paragraph data-size="sm">{t('recoveryKept')}</Paragraph>
          <div className="actions">
            <Button onClick={() => setRestoring(offer)}>{t('restoreOf', { at: backupAt(offer, locale) })}</Button>
          </div>
        </>
      ) : (
        <Paragraph>{t('recoveryNoOffer')}</Paragraph>
      )}
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onRestored={() => onRestored()} />
    </div>
  );
}
