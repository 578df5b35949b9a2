import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contract, methods, type Method } from '../../core/index.js';
import { internalOnlyMethods } from '../../service/handlers/index.js';
import { briefingPrintJob, exportBriefing } from '../../service/briefing/export.js';
import { fileExporter } from '../../service/exporter.js';
import type { Service } from '../../service/service.js';
import { printRig } from '../helpers/printRig.js';
import { ok, sampleCase, sampleSupplier } from '../helpers/tempService.js';

// Text marked confidential (taushetsplikt), in every place the office can
// mark it, must be nowhere in what a public view or a public file shows:
// every method that takes a view, asked for the public one, and every public
// output (the briefing pack as PDF and Word, its record and print address,
// OCDS, the lists as .xlsx). Each marked text holds the word HEMMELIG.

const MARK = /HEMMELIG/;
const ids: Record<string, number> = {};

const { s, printer, dir, appUrl } = printRig('confidential', (s) => {
  const sup = ok(
    s,
    'suppliers.create',
    sampleSupplier({ notes: 'HEMMELIG-LEVERANDØR: prisstrategi', notesConfidential: 'fvl_13' }),
  );
  let c = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/21', kind: 'tjenester', registeredDate: '2026-01-10' }));
  const d = ok(s, 'dialogues.create', {
    caseId: c.id,
    form: 'en_til_en',
    date: '2026-02-10',
    title: 'Møte om løsninger',
    minutes: 'HEMMELIG-REFERAT: timepris 1 187 kr',
    minutesConfidential: 'foa_7_4',
    outcome: 'HEMMELIG-UTFALL: endret krav',
    outcomeConfidential: 'fvl_13',
    suppliers: [{ supplierId: sup.id, attended: true }],
  });
  ok(s, 'dialogues.addItem', {
    dialogueId: d.id,
    askedBy: sup.id,
    question: 'Hva er rammen?',
    answer: 'HEMMELIG-SVAR: 2,1 mill.',
    answeredDate: '2026-02-11',
    answerConfidential: 'fvl_13',
  });
  c = ok(s, 'cases.changePhase', {
    id: c.id,
    version: c.version,
    phase: 'tildeling',
    date: '2026-05-02',
    overrideReason: 'Svaret gjelder bare denne leverandøren.',
  });
  const k = ok(s, 'contracts.create', {
    caseId: c.id,
    title: 'Renhold 2026–2028',
    supplierIds: [sup.id],
    value: 4_200_000,
    startDate: '2026-06-01',
    endDate: '2028-05-31',
  });
  ok(s, 'contracts.addFollowup', {
    contractId: k.id,
    kind: 'control',
    date: '2026-09-01',
    title: 'Kontroll',
    findings: 'HEMMELIG-FUNN: manglende lønnsslipper',
    reportWritten: true,
  });
  ok(s, 'settings.set', { organisationName: 'Prøve kommune', organisationOrgnr: '974760673' });
  Object.assign(ids, { supplier: sup.id, case: c.id, dialogue: d.id });
});

const spec = () => ({
  title: 'Orientering',
  from: '2026-01-01',
  to: '2026-12-31',
  version: 'public',
  highlights: [{ caseId: ids.case, text: 'HEMMELIG-HØYDEPUNKT: forhandlingsrommet', confidential: true }],
});

/** Everything a text holds, also what is base64 (an address's parameters) or inside a zip (Word, Excel). */
function readable(x: unknown): string {
  const out = [typeof x === 'string' ? x : JSON.stringify(x)];
  for (const m of out[0]!.matchAll(/[A-Za-z0-9_-]{24,}/g)) out.push(Buffer.from(m[0], 'base64url').toString('utf8'));
  return out.join('\n');
}
const zipText = (bytes: Uint8Array) =>
  Object.values(unzipSync(bytes))
    .map((b) => strFromU8(b))
    .join('\n');
const pdfText = (bytes: Uint8Array, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
};

/** The service as the file makers use it, noting each method they ask for. */
function watched(service: Service, asked: Set<string>): Service {
  return {
    ...service,
    dispatch: (m, i, l) => (asked.add(m), service.dispatch(m, i, l)),
    call: (m, i, l) => (asked.add(m), service.call(m, i, l)),
    recordPack: (r, l) => service.recordPack(r, l),
    get database() {
      return service.database;
    },
    get backups() {
      return service.backups;
    },
  };
}

describe('text marked confidential', () => {
  it('is in the register (the closed view shows it), so the checks below check something', () => {
    expect(readable(ok(s, 'dialogues.get', { id: ids.dialogue!, view: 'internal' }))).toMatch(MARK);
    expect(readable(ok(s, 'suppliers.get', { id: ids.supplier!, view: 'internal' }))).toMatch(MARK);
  });

  it('is in no answer of any method asked for its public view', () => {
    const inputs: Partial<Record<Method, object>> = {
      'suppliers.get': { id: ids.supplier },
      'dialogues.get': { id: ids.dialogue },
      'dialogues.forCase': { caseId: ids.case },
    };
    const withView = methods.filter((m) => 'view' in (contract[m].input as unknown as { shape?: object }).shape!);
    expect(withView.length).toBeGreaterThan(0);
    for (const m of withView) {
      expect(inputs[m], `${m} takes a view: give it an input here`).toBeDefined();
      expect(readable(ok(s, m, { ...inputs[m], view: 'public' } as never)), m).not.toMatch(MARK);
    }
  });

  it('is in no public output: the pack (answer, record, print address, PDF, Word), OCDS and every list', async () => {
    const asked = new Set<string>();
    const service = watched(s, asked);
    expect(readable(ok(s, 'briefing.build', spec() as never))).not.toMatch(MARK);
    const job = briefingPrintJob(service, appUrl(), spec(), 'nb');
    expect(job.ok).toBe(true);
    expect(readable(job.ok && job.url)).not.toMatch(MARK);
    for (const format of ['pdf', 'docx'] as const) {
      const r = await exportBriefing(
        { service, printer, appUrl: appUrl() },
        { spec: spec(), format, record: true, by: 'test' },
        'nb',
      );
      if (!r.ok) throw new Error(JSON.stringify(r.body));
      expect(format === 'pdf' ? pdfText(r.bytes, 'public.pdf') : zipText(r.bytes), format).not.toMatch(MARK);
    }
    expect(
      readable(s.database.sqlite.prepare("SELECT spec, content FROM briefing_packs WHERE version = 'public'").all()),
    ).not.toMatch(MARK);
    expect(readable(ok(s, 'briefing.list', {}))).not.toMatch(MARK);
    expect(readable(ok(s, 'exchange.ocds', { from: '2026-01-01', to: '2026-12-31' }))).not.toMatch(MARK);
    const exporter = fileExporter(service, printer, 'test');
    for (const list of [
      { list: 'cases' },
      { list: 'suppliers' },
      { list: 'contracts' },
      { list: 'deadlines', months: 12 },
    ]) {
      const r = await exporter('xlsx', list, 'nb', appUrl());
      if (!r.ok) throw new Error(JSON.stringify(r.body));
      expect(zipText(r.bytes), list.list).not.toMatch(MARK);
    }
    // The methods that read text as the office sees it are internal: no public output asks them.
    expect(internalOnlyMethods).toEqual(expect.arrayContaining(['dialogues.search', 'audit.forRecord']));
    expect([...asked].filter((m) => internalOnlyMethods.includes(m as Method))).toEqual([]);
  });
});
