import { t, type ApiErrorBody, type FieldIssue, type Locale } from '../core/index.js';

/** A file made on request, or why not: what both transports send back (`POST /export/<kind>`, IPC `export:<kind>`). */
export type ExportResult =
  | { ok: true; bytes: Uint8Array; fileName: string; contentType: string; pages: number | null }
  | { ok: false; status: number; body: ApiErrorBody };
export type ExportFailure = Extract<ExportResult, { ok: false }>;

/** The answer to input that breaks its schema, in the caller's language. */
export function invalidInput(issues: FieldIssue[], locale: Locale): ExportFailure {
  return {
    ok: false,
    status: 400,
    body: { error: { code: 'invalid_input', message: t('invalidInput', locale, { n: issues.length }), issues } },
  };
}

/** Pages of a PDF Chromium wrote (its page tree's /Count), for the record and the preview. */
export function pdfPageCount(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : null;
}
