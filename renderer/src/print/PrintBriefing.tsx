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
    // Fetch the font with the data, so the document is laid out once, in its own font.
    Promise.all([call('briefing.build', decodeSpec(spec) as never), document.fonts.load('400 10pt "Inter Variable"'), document.fonts.load('650 10pt "Inter Variable"')])
      .then(([p]) => live && setPack(p))
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
