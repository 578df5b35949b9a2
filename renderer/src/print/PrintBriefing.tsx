import { call } from '../api/client.js';
import { BriefingDocument } from './BriefingDocument.js';
import { decodeSpec } from './printReady.js';
import { usePrintData } from './usePrintData.js';

/** The print route of a briefing pack: `#/print/briefing?spec=…&lang=nb`. */
export function PrintBriefing({ spec }: { spec: string }) {
  const pack = usePrintData(() => call('briefing.build', decodeSpec(spec) as never), spec);
  return pack ? <BriefingDocument pack={pack} /> : null;
}
