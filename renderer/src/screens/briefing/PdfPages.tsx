import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale.js';

/** Page width on screen: 1.3 × the PDF's points, about an A4 sheet at 96 dpi. */
const SCALE = 1.3;
/** Pages drawn ahead of the scroll position, in heights of the scroll area. */
const AHEAD = '150%';

/** The nearest ancestor that scrolls (the preview panel), else the page. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}

/**
 * The PDF itself, page by page (pdf.js, Mozilla's PDF renderer): the preview
 * is the very file that will be saved, not a screen imitation of it. Every
 * page has its place at once; a page is drawn when it comes near the view
 * and let go when it is far away, so a pack of 200 pages opens as fast as
 * one of 10 and holds a few pages' pixels, not hundreds of megabytes.
 */
export function PdfPages({ bytes }: { bytes: Uint8Array }) {
  const { t } = useLocale();
  const holder = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let observer: IntersectionObserver | null = null;
    let release: (() => void) | null = null;
    const el = holder.current!;
    el.replaceChildren();
    void (async () => {
      // Loaded on first use: the worker and renderer are large and only this screen needs them.
      const pdfjs = await import('pdfjs-dist');
      const worker = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
      pdfjs.GlobalWorkerOptions.workerSrc = worker;
      const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
      release = () => void doc.destroy();
      if (cancelled) return release();
      setPages(doc.numPages);
      const size = (await doc.getPage(1)).getViewport({ scale: SCALE });
      const pixels = Math.min(window.devicePixelRatio || 1, 2);
      const near = new Set<number>();
      const drawn = new Map<number, HTMLCanvasElement>();
      // One page drawn at a time, in the order they came into view.
      let queue = Promise.resolve();
      const draw = (n: number, frame: HTMLElement) => {
        queue = queue.then(async () => {
          if (cancelled || drawn.has(n) || !near.has(n)) return;
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: SCALE * pixels });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          frame.append(canvas);
          drawn.set(n, canvas);
          await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise.catch(() => {});
          page.cleanup();
          frame.dataset.drawn = 'true';
        });
      };
      const letGo = (n: number, frame: HTMLElement) => {
        const canvas = drawn.get(n);
        if (!canvas) return;
        drawn.delete(n);
        canvas.remove();
        // A zero-sized canvas gives its pixels back at once, without waiting for the garbage collector.
        canvas.width = 0;
        canvas.height = 0;
        delete frame.dataset.drawn;
      };
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const frame = e.target as HTMLElement;
            const n = Number(frame.dataset.page);
            if (e.isIntersecting) {
              near.add(n);
              draw(n, frame);
            } else {
              near.delete(n);
              letGo(n, frame);
            }
          }
        },
        { root: scrollParent(el), rootMargin: `${AHEAD} 0px` },
      );
      for (let n = 1; n <= doc.numPages; n++) {
        const frame = document.createElement('div');
        frame.className = 'pdf-page';
        frame.dataset.page = String(n);
        frame.setAttribute('role', 'img');
        frame.setAttribute('aria-label', t('previewPage', { n, total: doc.numPages }));
        frame.style.aspectRatio = `${size.width} / ${size.height}`;
        el.append(frame);
        observer.observe(frame);
      }
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      release?.();
    };
  }, [bytes, t]);
  return (
    <div className="pdf-preview">
      <p className="muted" data-testid="preview-pages" aria-live="polite">
        {pages ? t('previewPages', { n: pages }) : ''}
      </p>
      <div ref={holder} className="pdf-pages" />
    </div>
  );
}
