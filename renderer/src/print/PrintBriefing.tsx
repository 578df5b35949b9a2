import { useEffect, useState } from 'react';
import type { BriefingPack } from '../../../core/index.js';
import { call } from '../api/client.js';
import { BriefingDocument } from './BriefingDocument.js';
import { decodeSpec, signalFailed, signalReady } from './printReady.js';

/** The print route of a briefing pack: `#/print/briefing?spec=…&lang=nb`. */
export function PrintBriefing({ spec }: { spec: string }) {
  const [pack, setPack] = useState<BriefingPack | null>(null);
  useEffect(() => {
    let live = true;
    call('briefing.build', decodeSpec(spec) as never)
      .then((p) => live && setPack(p))
      .catch((e: unknown) => signalFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [spec]);
  useEffect(() => {
    if (pack) void signalReady();
  }, [pack]);
  return pack ? <BriefingDocument pack={pack} /> : null;
}
