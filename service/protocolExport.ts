import { fileNameWords, translator, type Locale, type Protocol } from '../core/index.js';
import { pdfPageCount, type ExportFailure, type ExportResult } from './exportResult.js';
import type { PdfPrinter } from './print/printer.js';
import { printRoute } from './print/route.js';
import type { Service } from './service.js';

const fileName = translator(fileNameWords);

/** The print route of a case's protocol, beside the app's page. */
export function protocolRoute(appUrl: string, caseId: number, locale: Locale): string {
  return printRoute(appUrl, `#/print/protocol?case=${caseId}&lang=${locale}`);
}

/**
 * The route of a protocol, after the service has read it (so an unknown case
 * is a clear error, not a blank page), in the language asked for (`docLocale`,
 * e.g. nynorsk for the council) or the caller's.
 */
export function protocolPrintJob(
  service: Service,
  appUrl: string,
  caseId: number,
  locale: Locale,
  docLocale: Locale = locale,
): { ok: true; url: string; protocol: Protocol } | ExportFailure {
  const r = service.dispatch('protocol.get', { caseId }, locale);
  if (!r.ok) return { ok: false, status: r.status, body: r.body };
  const p = r.value as Protocol;
  return { ok: true, url: protocolRoute(appUrl, p.caseId, docLocale), protocol: p };
}

/** A protocol as PDF, printed from its route by Chromium. */
export async function exportProtocol(
  deps: { service: Service; printer: PdfPrinter; appUrl: string },
  caseId: number,
  locale: Locale,
  docLocale: Locale = locale,
): Promise<ExportResult> {
  const job = protocolPrintJob(deps.service, deps.appUrl, caseId, locale, docLocale);
  if (!job.ok) return job;
  const bytes = await deps.printer.pdf(job.url);
  const name = `${fileName('protocol', docLocale, { caseNumber: job.protocol.caseNumber.replace('/', '-') })}.pdf`;
  return { ok: true, bytes, fileName: name, contentType: 'application/pdf', pages: pdfPageCount(bytes) };
}
