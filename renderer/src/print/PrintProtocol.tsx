import { call } from '../api/client.js';
import { ProtocolDocument } from './ProtocolDocument.js';
import { usePrintData } from './usePrintData.js';

/** The print route of a case's protocol: `#/print/protocol?case=12&lang=nb`. */
export function PrintProtocol({ caseId }: { caseId: number }) {
  const p = usePrintData(() => call('protocol.get', { caseId }), String(caseId));
  return p ? <ProtocolDocument p={p} /> : null;
}
