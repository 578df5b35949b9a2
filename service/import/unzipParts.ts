import { Unzip, UnzipInflate } from 'fflate';
import { concatBytes } from '../bytes.js';

// The parts of an .xlsx the import asks for, inflated with a running count.
// A zip states each part's size, but a hostile one lies, and a part of
// zeros inflates a thousandfold: 200 kB can become 200 MB. So the input is
// fed in small pieces and every piece inflated is counted, per part and in
// total, and reading stops at the first piece over a cap.

/** Compressed input fed per step: one step inflates at most about a thousand times this (64 MB) before the count is checked. */
const STEP = 64 * 1024;
/** An .xlsx has a few dozen parts; a zip of many thousands is no workbook. */
const MAX_ENTRIES = 10_000;

export interface UnzipCaps {
  part: number;
  total: number;
}

/** A cap was passed: `part` names the part, or is null for the total. */
export class UnzipTooLarge extends Error {
  constructor(
    readonly part: string | null,
    readonly max: number,
  ) {
    super(part ? `${part} inflates to over ${max} bytes` : `the parts inflate to over ${max} bytes together`);
  }
}

export class UnzipBroken extends Error {}

/**
 * Inflates the parts `wanted` names (others are passed over, never
 * inflated), counting against `used` so that several calls share the total.
 * A part missing, or cut short, is left out of the answer.
 */
export function unzipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  caps: UnzipCaps,
  used = { bytes: 0 },
): Map<string, Uint8Array> {
  const done = new Map<string, Uint8Array>();
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > MAX_ENTRIES) throw new UnzipBroken(`more than ${MAX_ENTRIES} entries`);
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      // fflate hands a throw from this handler back to it as `err`: a cap passed stays what it is.
      if (err)
        throw err instanceof UnzipTooLarge || err instanceof UnzipBroken
          ? err
          : new UnzipBroken(`${file.name}: ${err.message}`);
      size += chunk.length;
      used.bytes += chunk.length;
      if (size > caps.part) throw new UnzipTooLarge(file.name, caps.part);
      if (used.bytes > caps.total) throw new UnzipTooLarge(null, caps.total);
      chunks.push(chunk);
      if (final) done.set(file.name, concatBytes(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += STEP)
      unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (e) {
    if (e instanceof UnzipTooLarge || e instanceof UnzipBroken) throw e;
    throw new UnzipBroken((e as Error).message);
  }
  return done;
}
