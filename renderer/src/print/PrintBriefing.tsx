import { briefingMarks, periodTitle } from '../../../core/index.js';
import { call } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';
import { BriefingDocument } from './BriefingDocument.js';
import { usePrintData } from './usePrintData.js';

/** The print route of a briefing pack: `#/print/briefing?id=…&lang=nb`, the id of the settings the service keeps for it. */
export function PrintBriefing({ id }: { id: string }) {
  const { locale } = useLocale();
  const pack = usePrintData(
    () => call('briefing.prepared', { id }),
    id,
    (p) => briefingMarks({ ...p.spec, bases: p.cover.bases }, locale),
    (p) => `${p.spec.title} ${periodTitle(p.spec.from, p.spec.to, locale)}`,
  );
  return pack ? <BriefingDocument pack={pack} /> : null;
}
