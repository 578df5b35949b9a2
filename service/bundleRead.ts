import { Gunzip } from 'fflate';
import { z } from 'zod';
import { AppError, BUNDLE_MAX_JSON_BYTES, bundleTables } from '../core/index.js';
import { bundleRoots, type BundleRepo, type BundleTables } from '../db/index.js';
import { concatBytes } from './bytes.js';

// Reading a bundle file someone chose: it may come from anywhere, so it is
// read as hostile. The gzip is inflated with a running count against a cap,
// the JSON is checked for the shape a bundle has, and only the tables and
// columns this database has may name anything that reaches SQL. A file that
// fails any of it is unreadable (400), never a crash or a 500.

export const BUNDLE_FORMAT = 'anskaff-bundle';
export const BUNDLE_VERSION = 1;

/** Compressed input per step: one step inflates at most about a thousand times this before the count is checked. */
const STEP = 64 * 1024;

export interface Envelope {
  format: typeof BUNDLE_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  exportedBy: string;
  scope: 'all' | 'cases';
  tables: BundleTables;
}

const unreadable = (file: string) => new AppError('invalid_input', 'bundleUnreadable', { file });

/** The gzip inflated, stopping at the first piece past the cap. */
function gunzipCapped(bytes: Uint8Array, file: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const tooLarge = new AppError('invalid_input', 'bundleTooLarge', { file, max: BUNDLE_MAX_JSON_BYTES / 1e6 });
  const gunzip = new Gunzip((chunk, final) => {
    size += chunk.length;
    if (size > BUNDLE_MAX_JSON_BYTES) throw tooLarge;
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    if (bytes.length === 0) throw unreadable(file);
    for (let at = 0; at < bytes.length; at += STEP)
      gunzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (e) {
    if (e === tooLarge) throw e;
    throw unreadable(file);
  }
  if (!ended) throw unreadable(file);
  return concatBytes(chunks, size);
}

const Row = z.record(z.string(), z.unknown());
const RecordShape = z.object({
  uid: z.string(),
  row: Row,
  children: z.record(z.string(), z.array(Row)).default({}),
  audit: z.array(Row).default([]),
});
/** The shape of a bundle: what the code below may take for granted. The values themselves are checked record by record. */
const EnvelopeShape = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  scope: z.enum(['all', 'cases']),
  tables: z.record(z.string(), z.array(RecordShape)),
});

/** The tables a bundle may carry, roots and their children: the only names from a file that ever reach SQL. */
const childTables = new Map(bundleRoots.map((r) => [r.table, new Set(r.children.map((c) => c.table))]));

/**
 * The envelope of a bundle file, checked for shape, version and names.
 * A bundle made by a newer Anskaff (a newer version, or tables and columns
 * this one lacks) says so.
 */
export function readBundle(q: { fileName: string; data: string }, repo: BundleRepo): Envelope {
  const file = q.fileName;
  const json = gunzipCapped(Buffer.from(q.data, 'base64'), file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw unreadable(file);
  }
  const shape = EnvelopeShape.safeParse(parsed);
  if (!shape.success) throw unreadable(file);
  const env = shape.data;
  if (env.version > BUNDLE_VERSION || env.schemaVersion > repo.schemaVersion())
    throw new AppError('invalid_input', 'bundleTooNew', { file, what: `v${env.version}/${env.schemaVersion}` });
  const unknown: string[] = [];
  for (const [table, records] of Object.entries(env.tables)) {
    if (!(bundleTables as readonly string[]).includes(table)) {
      unknown.push(table);
      continue;
    }
    const kids = childTables.get(table as (typeof bundleTables)[number])!;
    for (const rec of records)
      for (const child of Object.keys(rec.children)) if (!kids.has(child)) unknown.push(`${table}.${child}`);
  }
  if (unknown.length)
    throw new AppError('invalid_input', 'bundleUnknownTables', {
      file,
      tables: [...new Set(unknown)]
        .slice(0, 3)
        .map((t) => t.slice(0, 60))
        .join(', '),
    });
  const columns = repo.unknownColumns(env.tables as BundleTables);
  if (columns.length)
    throw new AppError('invalid_input', 'bundleTooNew', { file, what: columns.slice(0, 3).join(', ') });
  return env as Envelope;
}
