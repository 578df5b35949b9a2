import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale.js';

/**
 * The PDF itself, page by page (pdf.js, Mozilla's PDF renderer): the preview
 * is the very file that will be saved, not a screen imitation of it.
 */
export function PdfPages({ bytes }: { bytes: Uint8Array }) {
  const { t } = useLocale();
  const holder = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const el = holder.current!;
    el.replaceChildren();
    void (async () => {
      // Loaded on first use: the worker and renderer are large and only this screen needs them.
      const pdfjs = await import('pdfjs-dist');
      const worker = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
      pdfjs.GlobalWorkerOptions.workerSrc = worker;
      const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
      if (cancelled) return;
      setPages(doc.numPages);
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1.3 });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.className = 'pdf-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('previewPage', { n, total: doc.numPages }));
        canvas.dataset.page = String(n);
        el.append(canvas);
        await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
      }
      await doc.destroy();
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes, t]);
  return (
    <div className="pdf-preview">
      <p className="muted" data-testid="preview-pages" aria-live="polite">{pages ? t('previewPages', { n: pages }) : ''}</p>
      <div ref={holder} className="pdf-pages" />
    </div>
  );
}
