import { protocolMarks, todayInOslo } from '../../../core/index.js';
import { call } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';
import { ProtocolDocument } from './ProtocolDocument.js';
import { usePrintData } from './usePrintData.js';

/** The print route of a case's protocol: `#/print/protocol?case=12&lang=nb`. */
export function PrintProtocol({ caseId }: { caseId: number }) {
  const { locale, t } = useLocale();
  const p = usePrintData(
    () => call('protocol.get', { caseId }),
    String(caseId),
    (d) =>
      protocolMarks({ organisation: d.organisation.name, caseNumber: d.caseNumber, printedOn: todayInOslo() }, locale),
    (d) => `${t('protocolHeading')} ${d.caseNumber} ${d.title}`,
  );
  return p ? <ProtocolDocument p={p} /> : null;
}
