import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BriefingPack, Locale } from '../../core/index.js';
import type { DocxDone, DocxJob } from './docxWorker.js';

/** A worker on a TypeScript file, run from source: tsx's loader registered in the thread first (a thread does not inherit it). */
function fromSource(file: string): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = pathToFileURL(file).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
}

/** Writes a pack as a Word file (briefingDocx, or the same in a thread of its own). */
export type DocxWriter = (pack: BriefingPack, locale: Locale) => Promise<Uint8Array>;

/**
 * The Word writer in a worker thread, for a server many people use at once.
 * Writing a pack is 50–150 ms of synchronous work (the docx library's XML and
 * its zip), which on the request thread holds up every other request behind
 * it. In a thread of its own the packs wait for each other, nothing else
 * does: the office load test's p95 (30 people, a pack every 1.5 s) went from
 * 166 to 99 ms on the same loaded machine (docs/ARCHITECTURE.md). One thread, started at once (it
 * takes a second or two to load the library) and not keeping the process
 * alive; a thread that dies fails the packs it held and is started again for
 * the next.
 */
export function docxInThread(): DocxWriter & { ready(): Promise<void>; close(): Promise<void> } {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { ok: (b: Uint8Array) => void; fail: (e: Error) => void }>();
  // The worker beside this module, under the same extension (.ts from source under tsx, .js when compiled).
  const here = fileURLToPath(import.meta.url);
  const file = path.join(path.dirname(here), `docxWorker${path.extname(here)}`);

  let loaded: Promise<void> = Promise.resolve();
  const start = (): Worker => {
    const w = file.endsWith('.ts') ? fromSource(file) : new Worker(file);
    w.unref();
    let isLoaded = () => {};
    loaded = new Promise<void>((ok) => (isLoaded = ok));
    w.on('message', (m: DocxDone) => {
      if ('ready' in m) return isLoaded();
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if ('bytes' in m) p.ok(m.bytes);
      else p.fail(new Error(m.error));
    });
    const failAll = (e: Error) => {
      isLoaded();
      if (worker === w) worker = null;
      for (const p of pending.values()) p.fail(e);
      pending.clear();
    };
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the Word writer's thread stopped (${code})`)));
    return w;
  };

  const write: DocxWriter = (pack, locale) =>
    new Promise((ok, fail) => {
      worker ??= start();
      const id = next++;
      pending.set(id, { ok, fail });
      worker.postMessage({ id, pack, locale } satisfies DocxJob);
    });
  worker = start();
  return Object.assign(write, {
    /** Resolves once the thread has loaded the Word library (or failed to). */
    ready: () => loaded,
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
