import { BriefingExportSchema, BundleExportSchema, ListExportSchema, t, validate, type ApiErrorBody, type Locale } from '../core/index.js';
import { exportBriefing, type ExportResult } from './briefing/export.js';
import { makeBundle } from './bundle.js';
import { listWorkbook } from './listExport.js';
import type { PdfPrinter } from './print/chromium.js';
import { exportProtocol } from './protocolExport.js';
import type { Service } from './service.js';

/**
 * The hosts' exporter: briefing packs (checked against the export schema
 * first), procurement protocols and exchange bundles. One entry for every file made on request.
 */
export function fileExporter(service: Service, printer: PdfPrinter, by: string) {
  return async (kind: string, input: unknown, locale: Locale, appUrl: string): Promise<ExportResult> => {
    if (kind === 'protocol') return exportProtocol({ service, printer, appUrl }, input, locale);
    if (kind === 'xlsx') {
      const l = validate(ListExportSchema, input, locale);
      if (!l.ok) return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: t('invalidInput', locale, { n: l.issues.length }), issues: l.issues } } };
      try {
        const made = await listWorkbook(service, l.data, locale);
        return { ok: true, bytes: made.bytes, fileName: made.fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pages: null };
      } catch (e) {
        const answer = (e as { answer?: { status: number; body: ApiErrorBody } }).answer;
        if (answer) return { ok: false, status: answer.status, body: answer.body };
        throw e;
      }
    }
    if (kind === 'bundle') {
      const b = validate(BundleExportSchema, input, locale);
      if (!b.ok) return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: t('invalidInput', locale, { n: b.issues.length }), issues: b.issues } } };
      const made = makeBundle(service, b.data.caseIds ?? null, by);
      return { ok: true, bytes: made.bytes, fileName: made.fileName, contentType: 'application/gzip', pages: null };
    }
    if (kind !== 'briefing') return { ok: false, status: 404, body: { error: { code: 'not_found', message: t('unknownMethod', locale, { method: kind.slice(0, 80) }) } } };
    const v = validate(BriefingExportSchema, input, locale);
    if (!v.ok) return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: t('invalidInput', locale, { n: v.issues.length }), issues: v.issues } } };
    return exportBriefing({ service, printer, appUrl }, { spec: v.data.spec, format: v.data.format, record: v.data.record, by }, locale);
  };
}

