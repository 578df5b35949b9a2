import type { z } from 'zod';
import {
  files,
  ProtocolExportSchema,
  t,
  validate,
  type ExportKind,
  type Locale,
  type PrintKind,
} from '../core/index.js';
import type { DocxWriter } from './briefing/docxThread.js';
import { briefingPrintJob, exportBriefing } from './briefing/export.js';
import { makeBundle } from './bundle.js';
import { invalidInput, type ExportFailure, type ExportResult } from './exportResult.js';
import { importRejectsFile } from './importRejects.js';
import { listWorkbook } from './listExport.js';
import { PrintError, type PdfPrinter } from './print/printer.js';
import { exportProtocol, protocolPrintJob } from './protocolExport.js';
import { buyers, office, type Role } from './registry.js';
import type { Caller } from './context.js';
import { roleRefused, type Service } from './service.js';

interface Deps {
  service: Service;
  printer: PdfPrinter;
  appUrl: string;
  by: string;
  /** Writes Word packs off the request thread (a server: docxInThread); else on it. */
  docx?: DocxWriter;
}

type PrintJob = { ok: true; url: string } | ExportFailure;

/**
 * Each kind of file (core/contract.ts `files`: its input schema), with its
 * traits beside its maker: who may ask for it (the office server's roles;
 * every kind holds every department's cases, so a need owner asks for none;
 * checked by `fileExporter` when the host passes the caller) and, for a
 * report, its print job.
 */
interface Kind<K extends ExportKind> {
  roles: readonly Role[];
  make(input: z.output<(typeof files)[K]['input']>, deps: Deps, locale: Locale): Promise<ExportResult>;
  /** Straight to a printer (the desktop app's "Skriv ut"): the report's route, after the same checks as its file. */
  print?: (service: Service, appUrl: string, input: unknown, locale: Locale) => PrintJob;
}

export const fileKinds: {
  [K in ExportKind]: Kind<K> & (K extends PrintKind ? { print: NonNullable<Kind<K>['print']> } : unknown);
} = {
  briefing: {
    roles: office,
    make: (d, deps, locale) =>
      exportBriefing(deps, { spec: d.spec, format: d.format, record: d.record, by: deps.by, part: d.part }, locale),
    print: briefingPrintJob,
  },
  protocol: {
    roles: office,
    make: (d, deps, locale) => exportProtocol(deps, d.caseId, locale, d.lang ?? locale),
    print: (service, appUrl, input, locale) => {
      const v = validate(ProtocolExportSchema, input, locale);
      return v.ok
        ? protocolPrintJob(service, appUrl, v.data.caseId, locale, v.data.lang ?? locale)
        : invalidInput(v.issues, locale);
    },
  },
  // The whole register (or chosen cases) with everything linked: those who keep the register.
  bundle: {
    roles: buyers,
    make: async (d, deps) => {
      const made = makeBundle(deps.service, d.caseIds ?? null, deps.by);
      return { ok: true, bytes: made.bytes, fileName: made.fileName, contentType: 'application/gzip', pages: null };
    },
  },
  xlsx: {
    roles: office,
    make: async (d, deps, locale) => {
      const made = await listWorkbook(deps.service, d, locale);
      return {
        ok: true,
        bytes: made.bytes,
        fileName: made.fileName,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        pages: null,
      };
    },
  },
  // The rows an import leaves out, to correct and import again: those who import.
  importRejects: {
    roles: buyers,
    make: (d, deps, locale) => importRejectsFile(deps.service, d, locale),
  },
};

const unknownKind = (name: string, locale: Locale): ExportFailure => ({
  ok: false,
  status: 404,
  body: { error: { code: 'not_found', message: t('unknownMethod', locale, { method: name.slice(0, 80) }) } },
});

/**
 * The hosts' exporter: one entry for every file made on request, each
 * request checked against its kind's roles (with the office server's
 * signed-in `caller`; none on one PC) and its schema first.
 */
export function fileExporter(service: Service, printer: PdfPrinter, by: string, opts: { docx?: DocxWriter } = {}) {
  return async (
    name: string,
    input: unknown,
    locale: Locale,
    appUrl: string,
    caller?: Caller,
  ): Promise<ExportResult> => {
    if (!Object.hasOwn(files, name)) return unknownKind(name, locale);
    const kind = name as ExportKind;
    if (caller && !fileKinds[kind].roles.includes(caller.role)) return roleRefused(caller.role, locale);
    const v = validate(files[kind].input, input, locale);
    if (!v.ok) return invalidInput(v.issues, locale);
    try {
      return await (fileKinds[kind] as Kind<ExportKind>).make(
        v.data as never,
        { service, printer, appUrl, by: caller?.name ?? by, docx: opts.docx },
        locale,
      );
    } catch (e) {
      // A report that could not be printed says why in the user's words; anything else stays an internal error.
      if (e instanceof PrintError)
        return { ok: false, status: 500, body: { error: { code: 'internal', message: e.message } } };
      throw e;
    }
  };
}

/** A report to send straight to a printer (the desktop app's "Skriv ut"): its route, after the same checks (the route adds its own running marks). */
export function printJob(service: Service, appUrl: string, name: string, input: unknown, locale: Locale): PrintJob {
  const print = Object.hasOwn(fileKinds, name) ? (fileKinds[name as ExportKind] as Kind<ExportKind>).print : undefined;
  return print ? print(service, appUrl, input, locale) : unknownKind(name, locale);
}
