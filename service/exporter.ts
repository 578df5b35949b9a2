import type { z } from 'zod';
import { BriefingExportSchema, BundleExportSchema, ListExportSchema, ProtocolExportSchema, t, validate, type ExportKind, type Locale } from '../core/index.js';
import { briefingPrintJob, exportBriefing } from './briefing/export.js';
import { makeBundle } from './bundle.js';
import { invalidInput, type ExportFailure, type ExportResult } from './exportResult.js';
import { listWorkbook } from './listExport.js';
import { PrintError, type PdfPrinter } from './print/printer.js';
import { exportProtocol, protocolPrintJob } from './protocolExport.js';
import type { Service } from './service.js';

interface Deps {
  service: Service;
  printer: PdfPrinter;
  appUrl: string;
  by: string;
}

/** Each kind of file: the schema its request must pass, and how it is made once it has. */
interface Kind<S extends z.ZodType> {
  schema: S;
  make(input: z.output<S>, deps: Deps, locale: Locale): Promise<ExportResult>;
}
const kind = <S extends z.ZodType>(k: Kind<S>) => k;

const kinds: { [K in ExportKind]: Kind<z.ZodType> } = {
  briefing: kind({
    schema: BriefingExportSchema,
    make: (d, deps, locale) => exportBriefing(deps, { spec: d.spec, format: d.format, record: d.record, by: deps.by }, locale),
  }),
  protocol: kind({ schema: ProtocolExportSchema, make: (d, deps, locale) => exportProtocol(deps, d.caseId, locale, d.lang ?? locale) }),
  bundle: kind({
    schema: BundleExportSchema,
    make: async (d, deps) => {
      const made = makeBundle(deps.service, d.caseIds ?? null, deps.by);
      return { ok: true, bytes: made.bytes, fileName: made.fileName, contentType: 'application/gzip', pages: null };
    },
  }),
  xlsx: kind({
    schema: ListExportSchema,
    make: async (d, deps, locale) => {
      const made = await listWorkbook(deps.service, d, locale);
      return { ok: true, bytes: made.bytes, fileName: made.fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pages: null };
    },
  }),
};

const unknownKind = (name: string, locale: Locale): ExportFailure => ({ ok: false, status: 404, body: { error: { code: 'not_found', message: t('unknownMethod', locale, { method: name.slice(0, 80) }) } } });

/** The hosts' exporter: one entry for every file made on request, each request checked against its kind's schema first. */
export function fileExporter(service: Service, printer: PdfPrinter, by: string) {
  return async (name: string, input: unknown, locale: Locale, appUrl: string): Promise<ExportResult> => {
    const k = Object.hasOwn(kinds, name) ? kinds[name as ExportKind] : null;
    if (!k) return unknownKind(name, locale);
    const v = validate(k.schema, input, locale);
    if (!v.ok) return invalidInput(v.issues, locale);
    try {
      return await k.make(v.data, { service, printer, appUrl, by }, locale);
    } catch (e) {
      // A report that could not be printed says why in the user's words; anything else stays an internal error.
      if (e instanceof PrintError) return { ok: false, status: 500, body: { error: { code: 'internal', message: e.message } } };
      throw e;
    }
  };
}

/** A report to send straight to a printer (the desktop app's "Skriv ut"): its route, after the same checks (the route adds its own running marks). */
export function printJob(service: Service, appUrl: string, name: string, input: unknown, locale: Locale): { ok: true; url: string } | ExportFailure {
  if (name === 'briefing') return briefingPrintJob(service, appUrl, input, locale);
  if (name !== 'protocol') return unknownKind(name, locale);
  const v = validate(ProtocolExportSchema, input, locale);
  return v.ok ? protocolPrintJob(service, appUrl, v.data.caseId, locale, v.data.lang ?? locale) : invalidInput(v.issues, locale);
}
