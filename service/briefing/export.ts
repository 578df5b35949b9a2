import {
  fileNameWords,
  localeOr,
  translator,
  type BriefingPack,
  type BriefingPart,
  type Locale,
} from '../../core/index.js';
import type { PdfPrinter } from '../print/printer.js';
import { printRoute } from '../print/route.js';
import type { Service } from '../service.js';
import { briefingDocx } from './docx.js';
import type { DocxWriter } from './docxThread.js';
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
export function briefingRoute(appUrl: string, preparedId: string, locale: Locale, part: BriefingPart = 'pack'): string {
  return printRoute(
    appUrl,
    `#/print/briefing?id=${encodeURIComponent(preparedId)}&lang=${locale}${part === 'appendix' ? '&part=appendix' : ''}`,
  );
}

/** The spec of the part asked for: the appendix is the same spec with part=appendix (an object spec only; anything else is refused as it is). */
export function specOfPart(spec: unknown, part: BriefingPart): unknown {
  return part === 'appendix' && spec !== null && typeof spec === 'object' ? { ...spec, part } : spec;
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
  deps: { service: Service; printer: PdfPrinter; appUrl: string; docx?: DocxWriter },
  input: { spec: unknown; format: ExportFormat; record: boolean; by: string; part?: BriefingPart },
  locale: Locale,
): Promise<ExportResult> {
  const part = input.part ?? 'pack';
  const spec = specOfPart(input.spec, part);
  // The pack is written in its own language; a refusal is said in the caller's.
  const docLocale = packLocale(spec, locale);
  let built = deps.service.dispatch('briefing.build', spec, docLocale);
  if (!built.ok && docLocale !== locale) built = deps.service.dispatch('briefing.build', spec, locale);
  if (!built.ok) return { ok: false, status: built.status, body: built.body };
  const pack = built.value as BriefingPack;
  const s = pack.spec;
  let bytes: Uint8Array;
  if (input.format === 'pdf') {
    const prepared = prepare(deps.service, spec, locale);
    if (!prepared.ok) return prepared;
    bytes = await deps.printer.pdf(briefingRoute(deps.appUrl, prepared.id, docLocale, part));
  } else bytes = await (deps.docx ?? briefingDocx)(pack, docLocale);
  // The pack is what is recorded; its appendix is a listing of the register as it stands.
  if (input.record && part === 'pack') {
    // The record's hash and size are of these bytes: the service computes them from the file it made.
    const r = deps.service.recordPack({ spec, format: input.format, file: bytes, by: input.by }, locale);
    if (!r.ok) return { ok: false, status: r.status, body: r.body };
  }
  const name = `${fileName(part === 'appendix' ? 'briefingAppendix' : 'briefing', docLocale, { version: s.version, from: s.from, to: s.to })}.${input.format}`;
  return {
    ok: true,
    bytes,
    fileName: name,
    contentType: CONTENT_TYPES[input.format],
    pages: input.format === 'pdf' ? pdfPageCount(bytes) : null,
  };
}

/** The route of a pack, checked by the service first (for a printer that prints a route itself). */
export function briefingPrintJob(
  service: Service,
  appUrl: string,
  input: unknown,
  locale: Locale,
): { ok: true; url: string } | ExportFailure {
  const prepared = prepare(service, input, locale);
  return prepared.ok ? { ok: true, url: briefingRoute(appUrl, prepared.id, packLocale(input, locale)) } : prepared;
}
