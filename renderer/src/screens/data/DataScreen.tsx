import { Heading } from '@digdir/designsystemet-react';
import { useLocale } from '../../i18n/locale.js';
import { BackupPanel } from './BackupPanel.js';
import { ImportPanel } from './ImportPanel.js';
import { ExchangePanel } from './ExchangePanel.js';
import { Allowed } from '../../components/Allowed.js';

/** Keeping the register safe and moving it: backups, spreadsheet import, exchange with other PCs and systems. */
export function DataScreen() {
  const { t } = useLocale();
  return (
    <div className="data-screen">
      <Heading level={1} data-size="lg">
        {t('dataHeading')}
      </Heading>
      <Allowed method="import.commit" explain>
        <ImportPanel />
      </Allowed>
      <ExchangePanel />
      <Allowed method="backup.list" explain>
        <BackupPanel />
      </Allowed>
    </div>
  );
}
