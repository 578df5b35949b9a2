import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { makeBundle } from '../../service/bundle.js';
import type { Service } from '../../service/service.js';

/** A bundle's envelope as the file holds it, to read and to change. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test rewrites the file's JSON freely, as a hostile writer would
export type Envelope = Record<string, any>;

/** A service's register as a bundle file, the way the renderer sends it. */
export function bundleFile(s: Service, caseIds: number[] | null = null, fileName?: string) {
  const b = makeBundle(s, caseIds, 'Kari på PC A');
  return { fileName: fileName ?? b.fileName, data: Buffer.from(b.bytes).toString('base64') };
}

export function openBundle(file: { data: string }): Envelope {
  return JSON.parse(strFromU8(gunzipSync(Buffer.from(file.data, 'base64')))) as Envelope;
}

/** Bytes, gzipped and as base64. */
export const gzipped = (text: string | Uint8Array, fileName = 'pakke.anskaff') => ({
  fileName,
  data: Buffer.from(gzipSync(typeof text === 'string' ? strToU8(text) : text)).toString('base64'),
});

/** A bundle file made from an envelope changed by hand. */
export const asBundle = (env: Envelope, fileName = 'endret.anskaff') => gzipped(JSON.stringify(env), fileName);
