import { useEffect, useState } from 'react';
import type { Protocol } from '../../../core/index.js';
import { call } from '../api/client.js';
import { ProtocolDocument } from './ProtocolDocument.js';
import { signalFailed, signalReady } from './printReady.js';

/** The print route of a case's protocol: `#/print/protocol?case=12&lang=nb`. */
export function PrintProtocol({ caseId }: { caseId: number }) {
  const [p, setP] = useState<Protocol | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([call('protocol.get', { caseId }), document.fonts.load('400 10pt "Inter Variable"'), document.fonts.load('650 10pt "Inter Variable"')])
      .then(([x]) => live && setP(x))
      .catch((e: unknown) => signalFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [caseId]);
  useEffect(() => {
    if (p) void signalReady();
  }, [p]);
  return p ? <ProtocolDocument p={p} /> : null;
}
