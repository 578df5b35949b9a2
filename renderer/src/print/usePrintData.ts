import { useEffect, useState } from 'react';
import { signalFailed, signalReady } from './printReady.js';

/**
 * A print route's data: fetched together with the font (so the document is
 * laid out once, in its own font), then the ready signal once it has been
 * drawn; a failure is signalled to the printer instead of a blank page.
 */
export function usePrintData<T>(load: () => Promise<T>, key: string): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([load(), document.fonts.load('400 10pt "Inter Variable"'), document.fonts.load('650 10pt "Inter Variable"')])
      .then(([d]) => live && setData(d))
      .catch((e: unknown) => signalFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // The key names what is loaded; the loader itself is new on every render.
  }, [key]);
  useEffect(() => {
    if (data) void signalReady();
  }, [data]);
  return data;
}
