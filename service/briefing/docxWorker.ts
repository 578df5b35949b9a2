// The Word writer's own thread (docxThread.ts starts it): a pack in, the
// file's bytes out. Nothing here reads the register; the pack was built by
// the service before it was sent.
import { parentPort } from 'node:worker_threads';
import type { BriefingPack, Locale } from '../../core/index.js';
import { briefingDocx } from './docx.js';

export interface DocxJob {
  id: number;
  pack: BriefingPack;
  locale: Locale;
}
export type DocxDone = { id: number; bytes: Uint8Array } | { id: number; error: string } | { ready: true };

parentPort?.on('message', (job: DocxJob) => {
  briefingDocx(job.pack, job.locale).then(
    (bytes) => parentPort!.postMessage({ id: job.id, bytes } satisfies DocxDone, [bytes.buffer as ArrayBuffer]),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: String((e as Error)?.stack ?? e) } satisfies DocxDone),
  );
});

// Loaded: the first pack need not wait for the library to load.
parentPort?.postMessage({ ready: true } satisfies DocxDone);
