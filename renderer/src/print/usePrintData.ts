import { useEffect, useState } from 'react';
import type { PrintMarks } from '../../../core/index.js';
import { applyPageMarks } from './pageMarks.js';
import { signalFailed, signalReady } from './printReady.js';

// Every face of Inter the reports use (print.css), in the Latin and Latin
// Extended subsets (Norwegian, Sami, most European names). They are loaded
// before the data is drawn: the document is never laid out on screen
// (print.css), so nothing else would ask for them, and Chromium prints
// with whatever fonts are loaded at that moment.
const FACES = ['400', 'italic 400', '600', '700'];
const SAMPLE = 'Aa Åæø Čšŋ';

/**
 * A print route's data, fetched together with the fonts; then the page's
 * running marks, its title and language (the PDF's document title and
 * language, for readers and screen readers: "Orientering om innkjøp 2026",
 * not the page's name), and the ready signal once it has been drawn. A
 * failure is signalled to the printer instead of a blank page.
 */
export function usePrintData<T>(
  load: () => Promise<T>,
  key: string,
  marksOf: (data: T) => PrintMarks,
  titleOf: (data: T) => string,
): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([load(), ...FACES.map((f) => document.fonts.load(`${f} 10pt Inter`, SAMPLE))])
      .then(([d]) => live && setData(d))
      .catch((e: unknown) => signalFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // The key names what is loaded; the loader itself is new on every render.
  }, [key]);
  useEffect(() => {
    if (!data) return;
    const marks = marksOf(data);
    applyPageMarks(marks);
    document.title = titleOf(data);
    document.documentElement.lang = marks.locale;
    void signalReady();
    // The marks follow from the data.
  }, [data]);
  return data;
}
