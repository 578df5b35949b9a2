import { briefingMarks } from '../../../core/index.js';
import { call } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';
import { BriefingDocument } from './BriefingDocument.js';
import { decodeSpec } from './printReady.js';
import { usePrintData } from './usePrintData.js';

/** The print route of a briefing pack: `#/print/briefing?spec=…&lang=nb`. */
export function PrintBriefing({ spec }: { spec: string }) {
  const { locale } = useLocale();
  const pack = usePrintData(() => call('briefing.build', decodeSpec(spec) as never), spec, (p) => briefingMarks({ ...p.spec, bases: p.cover.bases }, locale));
  return pack ? <BriefingDocument pack={pack} /> : null;
}
