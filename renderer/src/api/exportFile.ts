import { render, type ApiErrorBody, type ExportKind, type Locale } from '../../../core/index.js';
import { strings } from '../i18n/strings.js';
import { ApiError, clientLocale } from './client.js';
import { sessionLost } from './session.js';

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  pages: number | null;
}

type ExportBridge = (
  kind: string,
  input: unknown,
  locale: Locale,
) => Promise<{ ok: true; file: ExportedFile } | { ok: false; status: number; body: ApiErrorBody }>;

declare global {
  interface Window {
    /** Present in the desktop app: files made by the main process (electron/preload.ts). */
    apiExport?: ExportBridge;
    /** Present in the desktop app: a file the app made, saved where the user chooses in the system's save dialog. */
    apiSave?: (
      file: { fileName: string; bytes: Uint8Array },
      locale: Locale,
    ) => Promise<{ ok: true; saved: string | null } | { ok: false; status: number; body: ApiErrorBody }>;
    /** Present in the desktop app: a report sent to a printer through the system's print dialog. */
    apiPrint?: (
      kind: string,
      input: unknown,
      locale: Locale,
    ) => Promise<{ ok: true; printed: boolean } | { ok: false; status: number; body: ApiErrorBody }>;
  }
}

/**
 * A report as a file: printed by Electron in the desktop app, by the host's
 * headless Chromium in the browser. The same spec gives the same file.
 */
export async function exportFile(kind: ExportKind, input: unknown, locale: Locale): Promise<ExportedFile> {
  if (window.apiExport) {
    const r = await window.apiExport(kind, input, locale);
    if (r.ok) return r.file;
    throw new ApiError(r.status, r.body.error.code, r.body.error.message, r.body.error.issues ?? []);
  }
  let res: Response;
  try {
    res = await fetch(`export/${kind}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(0, 'network', render(strings.noConnection, clientLocale()));
  }
  if (!res.ok) {
    const err = ((await res.json().catch(() => null)) as ApiErrorBody | null)?.error;
    if (res.status === 401) sessionLost(err?.message ?? res.statusText, err?.key);
    throw new ApiError(res.status, err?.code ?? 'internal', err?.message ?? res.statusText, err?.issues ?? []);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${kind}.bin`;
  const pages = res.headers.get('x-anskaff-pages');
  return {
    bytes: new Uint8Array(await res.arrayBuffer()),
    fileName: name,
    contentType: res.headers.get('content-type') ?? '',
    pages: pages ? Number(pages) : null,
  };
}

/**
 * Hands a file to the user: in the desktop app the main process asks where
 * to save it and writes it there; in the browser it is a download. Resolves
 * with where it went (the path in the desktop app, the file's name in the
 * browser), or null when the user cancelled the save dialog.
 */
export async function download(file: ExportedFile): Promise<string | null> {
  if (window.apiSave) {
    const r = await window.apiSave({ fileName: file.fileName, bytes: file.bytes }, clientLocale());
    if (r.ok) return r.saved;
    throw new ApiError(r.status, r.body.error.code, r.body.error.message, r.body.error.issues ?? []);
  }
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}

/** Prints a report directly (desktop app only; in the browser the saved PDF is printed from the PDF viewer). */
export async function printReport(kind: ExportKind, spec: unknown, locale: Locale): Promise<boolean> {
  if (!window.apiPrint) return false;
  const r = await window.apiPrint(kind, spec, locale);
  if (r.ok) return r.printed;
  throw new ApiError(r.status, r.body.error.code, r.body.error.message, r.body.error.issues ?? []);
}
