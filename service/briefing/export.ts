import { fileNameWords, localeOr, translator, type BriefingPack, type Locale } from '../../core/index.js';
import type { PdfPrinter } from '../print/printer.js';
import { printRoute } from '../print/route.js';
import type { Service } from '../service.js';
import { briefingDocx } from './docx.js';
import { pdfPageCount, type ExportFailure, type ExportResult } from '../exportResult.js';

export type ExportFormat = 'pdf' | 'docx';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const fileName = translator(fileNameWords);

/** The language a pack is printed in: the one its spec asks for (a nynorsk council's pack), else the caller's. */
export function packLocale(spec: unknown, locale: Locale): Locale {
  return localeOr(spec !== null && typeof spec === 'object' ? (spec as { lang?: unknown }).lang : undefined, locale);
}

/**
 * The print route of a pack: print.html beside the app's page
 * (http://127.0.0.1:port/ or the desktop app's file URL of index.html),
 * naming the settings the service keeps for it (briefing.prepare), never
 * their text.
 */
export function briefingRoute(appUrl: string, preparedId: string, locale: Locale): string {
  return printRoute(appUrl, `#/print/briefing?id=${encodeURIComponent(preparedId)}&lang=${locale}`);
}

/** Keeps the pack's settings in the service for its print route. */
function prepare(service: Service, spec: unknown, locale: Locale): { ok: true; id: string } | ExportFailure {
  const r = service.dispatch('briefing.prepare', spec, locale);
  return r.ok ? { ok: true, id: (r.value as { id: string }).id } : { ok: false, status: r.status, body: r.body };
}

/**
 * A briefing pack as a file: the service builds (and so validates) it, then
 * Chromium prints the route or the Word writer writes it. With `record`, the
 * pack is entered among the packs made, with the file's hash.
 */
export async function exportBriefing(
  deps: { service: Service; printer: PdfPrinter; appUrl: string },
  input: { spec: unknown; format: ExportFormat; record: boolean; by: string },
  locale: Locale,
): Promise<ExportResult> {
  // The pack is written in its own language; a refusal is said in the caller's.
  const docLocale = packLocale(input.spec, locale);
  let built = deps.service.dispatch('briefing.build', input.spec, docLocale);
  if (!built.ok && docLocale !== locale) built = deps.service.dispatch('briefing.build', input.spec, locale);
  if (!built.ok) return { ok: false, status: built.status, body: built.body };
  const pack = built.value as BriefingPack;
  const s = pack.spec;
  let bytes: Uint8Array;
  if (input.format === 'pdf') {
    const prepared = prepare(deps.service, input.spec, locale);
    if (!prepared.ok) return prepared;
    bytes = await deps.printer.pdf(briefingRoute(deps.appUrl, prepared.id, docLocale));
  } else bytes = await briefingDocx(pack, docLocale);
  if (input.record) {
    // The record's hash and size are of these bytes: the service computes them from the file it made.
    const r = deps.service.recordPack({ spec: input.spec, format: input.format, file: bytes, by: input.by }, locale);
    if (!r.ok) return { ok: false, status: r.status, body: r.body };
  }
  const name = `${fileName('briefing', docLocale, { version: s.version, from: s.from, to: s.to })}.${input.format}`;
  return { ok: true, bytes, fileName: name, contentType: CONTENT_TYPES[input.format], pages: input.format === 'pdf' ? pdfPageCount(bytes) : null };
}

/** The route of a pack, checked by the service first (for a printer that prints a route itself). */
export function briefingPrintJob(service: Service, appUrl: string, input: unknown, locale: Locale): { ok: true; url: string } | ExportFailure {
  const prepared = prepare(service, input, locale);
  return prepared.ok ? { ok: true, url: briefingRoute(appUrl, prepared.id, packLocale(input, locale)) } : prepared;
}
