import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileExporter } from '../../service/exporter.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import type { Input } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// No report is printed here; a printer that is never asked is enough.
const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };

async function sheet(bytes: Uint8Array, n = 0) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[n]!;
  const rows: unknown[][] = [];
  const formats: (string | undefined)[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1));
    const f: (string | undefined)[] = [];
    r.eachCell({ includeEmpty: true }, (c, i) => (f[i - 1] = c.numFmt));
    formats.push(f);
  });
  return { name: ws.name, rows, formats };
}

describe('lists as .xlsx', () => {
  it("exports every case the filters select, with real numbers and dates, headings in the user's language", async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 700 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const r = await exporter(
      'xlsx',
      { list: 'cases', query: { department: 'Helse og omsorg', includeArchived: true } },
      'nb',
      'http://127.0.0.1/',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    expect(r.fileName).toMatch(/^saker-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { name, rows } = await sheet(r.bytes);
    expect(name).toBe('Saker');
    expect(rows[0]).toEqual([
      'Saksnummer',
      'Tittel',
      'Avdeling',
      'Innkjøper',
      'Anslått verdi (kr)',
      'Kontraktsverdi (kr)',
      'Type',
      'Del av forskriften',
      'Prosedyre',
      'CPV',
      'Fase',
      'I fasen siden',
      'Planlagt kunngjøring',
      'Planlagt tildeling',
      'Planlagt kontraktsstart',
      'Tema',
      'Registrert',
      'Innkjøpssamarbeid med',
      'Kontorets egen andel (kr)',
      'Kunngjort i Doffin',
      'Kunngjort i TED',
      'Kunngjøring av konkurranseresultat',
      'Åpen klage',
      'Forføyning stanser signeringen',
    ]);
    const total = ok(s, 'cases.list', { department: 'Helse og omsorg', includeArchived: true }).total;
    // More than one page of the list (500 rows), all of them.
    expect(total).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(total);
    const first = rows[1]!;
    expect(first[2]).toBe('Helse og omsorg');
    expect(typeof first[4]).toBe('number');
    expect(first[16]).toBeInstanceOf(Date);

    const all = await exporter('xlsx', { list: 'cases' }, 'en', 'http://127.0.0.1/');
    if (!all.ok) throw new Error('export failed');
    const en = await sheet(all.bytes);
    expect(en.name).toBe('Cases');
    expect(en.rows.length - 1).toBe(ok(s, 'cases.list', {}).total);
    expect(en.rows.length - 1).toBeGreaterThan(500);
  });

  it('writes figures as numbers grouped by thousands and dates as dates, and adds CPV, planned dates, the contract value and the part of the regulation', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 300 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const r = await exporter('xlsx', { list: 'cases', query: { includeArchived: true } }, 'nb', 'http://127.0.0.1/');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const { rows, formats } = await sheet(r.bytes);
    const col = (name: string) => rows[0]!.indexOf(name);
    const body = rows.slice(1);
    const fmt = formats.slice(1);
    // Every estimated value is a number with Excel's thousands separator (Norwegian Excel shows "1 234 567"), not text.
    const value = col('Anslått verdi (kr)');
    expect(body.every((x) => typeof x[value] === 'number')).toBe(true);
    expect(new Set(fmt.map((f) => f[value]))).toEqual(new Set(['#,##0']));
    // Registered dates are dates with a date format.
    const reg = col('Registrert');
    expect(body.every((x) => x[reg] instanceof Date)).toBe(true);
    expect(new Set(fmt.map((f) => f[reg]))).toEqual(new Set(['dd.mm.yyyy']));
    // A case with a contract has its value there, as a grouped number; one without has an empty cell.
    const contractValue = col('Kontraktsverdi (kr)');
    const signed = body.findIndex((x) => typeof x[contractValue] === 'number');
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(fmt[signed]![contractValue]).toBe('#,##0');
    const contracts = ok(s, 'contracts.list', {});
    const k = contracts.find((c) => c.caseNumber === body[signed]![col('Saksnummer')])!;
    expect(body[signed]![contractValue]).toBe(
      contracts.filter((c) => c.caseNumber === k.caseNumber).reduce((a, c) => a + c.value, 0),
    );
    // Planned notice dates, where planned, are dates too.
    const planned = body.filter((x) => x[col('Planlagt kunngjøring')] != null);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((x) => x[col('Planlagt kunngjøring')] instanceof Date)).toBe(true);
    // The CPV code with its check digit and name; the part of the regulation by its name.
    const cpv = body.map((x) => x[col('CPV')]).filter((x) => typeof x === 'string' && x);
    expect(cpv.length).toBeGreaterThan(0);
    expect(cpv[0]).toMatch(/^\d{8}-\d \S/);
    const parts = new Set(body.map((x) => x[col('Del av forskriften')]));
    expect([...parts].some((p) => typeof p === 'string' && /Del (I|II|III)\b|forskriften|Under 100 000/.test(p))).toBe(
      true,
    );
  });

  it('exports suppliers and the deadlines of the chosen horizon, and refuses an unknown list', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const sup = await exporter('xlsx', { list: 'suppliers' }, 'nb', 'http://127.0.0.1/');
    if (!sup.ok) throw new Error('export failed');
    expect((await sheet(sup.bytes)).rows.length - 1).toBe(ok(s, 'suppliers.list', {}).total);
    const dl = await exporter('xlsx', { list: 'deadlines', months: 12 }, 'nb', 'http://127.0.0.1/');
    if (!dl.ok) throw new Error('export failed');
    // The contracts' deadlines of the horizon and the award's (standstills, award notices, complaint answers), as Frister's panels show them.
    expect((await sheet(dl.bytes)).rows.length - 1).toBe(
      ok(s, 'contracts.deadlines', { months: 12 }).length + ok(s, 'overview.awardDeadlines', {}).length,
    );
    expect(await exporter('xlsx', { list: 'everything' }, 'nb', 'http://127.0.0.1/')).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it('writes a list in nynorsk for a user whose screens are in nynorsk: sheet, headings, names and "Ja"', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const sup = await exporter('xlsx', { list: 'suppliers' }, 'nn', 'http://127.0.0.1/');
    if (!sup.ok) throw new Error('export failed');
    expect(sup.fileName).toMatch(/^leverandørar-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const suppliers = await sheet(sup.bytes);
    expect(suppliers.name).toBe('Leverandørar');
    expect(suppliers.rows[0]).toEqual(['Organisasjonsnummer', 'Namn', 'Stad', 'Kontaktpersonar', 'Dialogaktivitetar']);
    const cases = await exporter('xlsx', { list: 'cases' }, 'nn', 'http://127.0.0.1/');
    if (!cases.ok) throw new Error('export failed');
    const rows = (await sheet(cases.bytes)).rows;
    expect(rows[0]).toContain('Innkjøpar');
    // Kinds and procedures by their nynorsk names.
    const kinds = new Set(rows.slice(1).map((r) => r[rows[0]!.indexOf('Type')]));
    expect(
      [...kinds].every((k) =>
        [
          'Varer',
          'Tenester',
          'Bygg og anlegg',
          'Helse- og sosialtenester (vedlegg 3)',
          'Særlege tenester (vedlegg 2: hotell, catering, juridiske tenester, kultur …)',
        ].includes(k as string),
      ),
    ).toBe(true);
  });
});

const exportOf = async (s: Service, spec: object, locale: 'nb' | 'nn' | 'en', n = 0) => {
  const r = await fileExporter(s, noPrinter, 'test')('xlsx', spec, locale, 'http://127.0.0.1/');
  if (!r.ok) throw new Error(JSON.stringify(r.body));
  const { name, rows } = await sheet(r.bytes, n);
  const at = (row: unknown[], heading: string) => {
    const i = rows[0]!.indexOf(heading);
    if (i < 0) throw new Error(`no column ${heading} in ${String(rows[0])}`);
    // An empty cell reads back as nothing (text written as '' would read back as '').
    return row[i] ?? null;
  };
  return { name, head: rows[0]!, body: rows.slice(1), at };
};

type Complaint = Input<'complaints.add'>['complaint'];
const complaint = (over: Partial<Complaint>): Complaint => ({
  kind: 'office',
  date: '2026-11-06',
  supplier: 'Lade AS',
  concerns: 'Evalueringen av kvalitet.',
  answerDue: '2026-11-16',
  ...over,
});

/** A case taken to the award on 4 November 2026 (today is 25 November in the temp service). */
function awarded(s: Service, over: Partial<Input<'cases.create'>>) {
  const c = ok(s, 'cases.create', sampleCase(over));
  for (const [phase, date] of [
    ['kunngjoring', '2026-10-01'],
    ['tilbudsfrist', '2026-11-01'],
    ['evaluering', '2026-11-02'],
    ['tildeling', '2026-11-04'],
  ] as const) {
    const v = ok(s, 'cases.get', { id: c.id }).version;
    ok(s, 'cases.changePhase', { id: c.id, version: v, phase, date, overrideReason: '' });
  }
  return c;
}

describe("the case list's spreadsheet: notices, complaints and joint procurement", () => {
  it('gives each case its notices’ Doffin and TED numbers, its open complaints, a standing injunction and its partners', async () => {
    const s = tempService();
    const a = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/11', estimatedValue: 10_000_000 }));
    const b = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/12', title: 'Skolemøbler' }));
    const quiet = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/13', title: 'Kontorrekvisita' }));
    const notice = (caseId: number, kind: string, platform: string, ref: string, date: string) =>
      ok(s, 'notices.add', { caseId, notice: { kind, platform, ref, date } as never });
    notice(a.id, 'contract', 'doffin', '2026-104233', '2026-10-01');
    notice(a.id, 'contract', 'ted', '612345-2026', '2026-10-02');
    // A correction amends the contract notice: it is not a second number of it.
    notice(a.id, 'correction', 'doffin', '2026-104990', '2026-10-09');
    notice(a.id, 'award', 'doffin', '2026-120001', '2026-11-20');
    notice(a.id, 'award', 'ted', '700001-2026', '2026-11-21');
    notice(b.id, 'intention', 'doffin', '2026-99001', '2026-10-15');
    ok(s, 'complaints.add', { caseId: a.id, complaint: complaint({ kind: 'kofa', kofaCaseNo: '2026/0123' }) });
    ok(s, 'complaints.add', { caseId: a.id, complaint: complaint({ kind: 'injunction', answerDue: null }) });
    // Answered and closed: no longer open.
    ok(s, 'complaints.add', {
      caseId: b.id,
      complaint: complaint({ closedDate: '2026-11-12', outcome: 'upheld', answer: 'Står seg.' }),
    });
    ok(s, 'complaints.add', { caseId: b.id, complaint: complaint({ date: '2026-11-10', supplier: 'Møbelhuset AS' }) });
    ok(s, 'joint.add', {
      caseId: a.id,
      participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 30, lead: false },
    });
    ok(s, 'joint.add', {
      caseId: a.id,
      participant: { name: 'Melhus kommune', orgnr: '938726027', shareUnit: 'nok', share: 2_000_000, lead: true },
    });

    const nb = await exportOf(s, { list: 'cases' }, 'nb');
    const row = (caseNumber: string) => nb.body.find((r) => r[0] === caseNumber)!;
    expect(nb.at(row('2026/11'), 'Kunngjort i Doffin')).toBe('2026-104233');
    expect(nb.at(row('2026/11'), 'Kunngjort i TED')).toBe('612345-2026');
    expect(nb.at(row('2026/11'), 'Kunngjøring av konkurranseresultat')).toBe('Doffin 2026-120001, TED 700001-2026');
    expect(nb.at(row('2026/11'), 'Åpen klage')).toBe('Klage til KOFA');
    expect(nb.at(row('2026/11'), 'Forføyning stanser signeringen')).toBe('Ja');
    expect(nb.at(row('2026/11'), 'Innkjøpssamarbeid med')).toBe('Malvik kommune, Melhus kommune');
    expect(nb.at(row('2026/11'), 'Kontorets egen andel (kr)')).toBe(5_000_000);
    // The intention notice of a direct award is the case's notice; its one open complaint is named, the closed one is not.
    expect(nb.at(row('2026/12'), 'Kunngjort i Doffin')).toBe('2026-99001');
    expect(nb.at(row('2026/12'), 'Kunngjort i TED')).toBeNull();
    expect(nb.at(row('2026/12'), 'Åpen klage')).toBe('Klage til oppdragsgiver');
    expect(nb.at(row('2026/12'), 'Forføyning stanser signeringen')).toBeNull();
    // A case with none of these has empty cells, and the whole value as its own.
    for (const h of ['Kunngjort i Doffin', 'Kunngjøring av konkurranseresultat', 'Åpen klage', 'Innkjøpssamarbeid med'])
      expect(nb.at(row('2026/13'), h), h).toBeNull();
    expect(nb.at(row('2026/13'), 'Kontorets egen andel (kr)')).toBe(quiet.estimatedValue);

    // The injunction lifted: it no longer stands.
    const inj = ok(s, 'complaints.list', { caseId: a.id }).find((x) => x.kind === 'injunction')!;
    const { id, caseId: _c, ...fields } = inj;
    ok(s, 'complaints.update', { id, complaint: { ...fields, closedDate: '2026-11-24' } });
    const after = await exportOf(s, { list: 'cases' }, 'nb');
    const lifted = after.body.find((r) => r[0] === '2026/11')!;
    expect(after.at(lifted, 'Forføyning stanser signeringen')).toBeNull();

    // The headings and the words in the cells in nynorsk and English.
    const nn = await exportOf(s, { list: 'cases' }, 'nn');
    const nnRow = nn.body.find((r) => r[0] === '2026/11')!;
    expect(nn.at(nnRow, 'Kunngjering av konkurranseresultat')).toBe('Doffin 2026-120001, TED 700001-2026');
    expect(nn.at(nnRow, 'Open klage')).toBe('Klage til KOFA');
    expect(nn.head).toContain('Åtgjerd stansar signeringa');
    const en = await exportOf(s, { list: 'cases' }, 'en');
    const enRow = en.body.find((r) => r[0] === '2026/12')!;
    expect(en.at(enRow, 'Doffin notice')).toBe('2026-99001');
    expect(en.at(enRow, 'Open complaint')).toBe('Complaint to the office');
    expect(en.head).toEqual(
      expect.arrayContaining(['TED notice', 'Contract award notice', 'Injunction holds the signing']),
    );
  });
});

describe("Frister's spreadsheet", () => {
  it('has the award’s deadlines beside the contracts’, by date, with the screen’s buyer filter, and its frameworks near their maximum', async () => {
    const s = tempService();
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    // Kari's award: the standstill ends on 30 November, a complaint is to be answered on 4 December.
    const mine = awarded(s, { caseNumber: '2026/21', title: 'Elbiler' });
    ok(s, 'protocol.recordAward', {
      caseId: mine.id,
      version: ok(s, 'protocol.get', { caseId: mine.id }).version,
      noticeDate: '2026-11-20',
      told: ['Elbil AS', 'Lade AS'],
      reasons: 'Beste forhold mellom pris og kvalitet.',
    });
    ok(s, 'complaints.add', { caseId: mine.id, complaint: complaint({ answerDue: '2026-12-04' }) });
    // Ola's framework: an option to decide on 15 December, spent to 90 % of its maximum.
    const theirs = awarded(s, { caseNumber: '2026/22', title: 'Kontorrekvisita', buyer: 'Ola Hansen' });
    let k = ok(s, 'contracts.create', {
      caseId: theirs.id,
      title: 'Rammeavtale kontorrekvisita',
      supplierIds: [sup.id],
      value: 1_000_000,
      signedDate: null,
      startDate: '2025-01-01',
      endDate: '2027-06-30',
      owner: 'Ola Hansen',
      options: [{ lengthMonths: 12, decideBy: '2026-12-15' }],
    });
    k = ok(s, 'contracts.setFramework', {
      id: k.id,
      version: k.version,
      framework: { suppliers: 'single', callOff: 'ranked', maxValue: 1_000_000 },
    });
    ok(s, 'contracts.addCallOff', {
      contractId: k.id,
      date: '2025-03-01',
      department: 'Oppvekst',
      supplierId: sup.id,
      value: 900_000,
      description: 'Papir og toner',
      method: 'direct',
    });

    const all = await exportOf(s, { list: 'deadlines', months: 6, buyer: null }, 'nb');
    expect(all.name).toBe('Frister');
    expect(all.head).toEqual([
      'Frist',
      'Hva',
      'Forfalt',
      'Kontrakt',
      'Saksnummer',
      'Sak',
      'Innkjøper',
      'Kontraktseier',
      'Kontraktsforvalter',
    ]);
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(all.body.map((r) => [all.at(r, 'Frist'), all.at(r, 'Hva'), all.at(r, 'Saksnummer')])).toEqual([
      [day('2026-11-30'), 'Karensperioden går ut', '2026/21'],
      [day('2026-12-04'), 'Klagen må besvares', '2026/21'],
      [day('2026-12-15'), 'Opsjon må avgjøres 1', '2026/22'],
    ]);
    // An award's row names its case and buyer and has no contract; a contract's row has both.
    expect(all.at(all.body[0]!, 'Sak')).toBe('Elbiler');
    expect(all.at(all.body[0]!, 'Innkjøper')).toBe('Kari Nordmann');
    expect(all.at(all.body[0]!, 'Kontrakt')).toBeNull();
    expect(all.at(all.body[2]!, 'Kontrakt')).toBe('Rammeavtale kontorrekvisita');
    expect(all.at(all.body[2]!, 'Sak')).toBe('Kontorrekvisita');
    expect(all.at(all.body[2]!, 'Innkjøper')).toBe('Ola Hansen');
    const near = await exportOf(s, { list: 'deadlines', months: 6, buyer: null }, 'nb', 1);
    expect(near.name).toBe('Nær maksimum');
    expect(near.body.map((r) => [near.at(r, 'Rammeavtale'), near.at(r, 'Andel av maksimum (%)')])).toEqual([
      ['Rammeavtale kontorrekvisita', 90],
    ]);

    // Kari's own, as the screen shows them with her chosen: Ola's option and framework are not hers.
    const kari = await exportOf(s, { list: 'deadlines', months: 6, buyer: 'Kari Nordmann' }, 'nb');
    expect(kari.body.map((r) => kari.at(r, 'Saksnummer'))).toEqual(['2026/21', '2026/21']);
    expect((await exportOf(s, { list: 'deadlines', months: 6, buyer: 'Kari Nordmann' }, 'nb', 1)).body).toEqual([]);

    // Signed: the standstill is over and the award notice is due 30 days on, until its number is recorded.
    ok(s, 'contracts.create', {
      caseId: mine.id,
      title: 'Leasing av elbiler',
      supplierIds: [sup.id],
      value: 5_000_000,
      signedDate: '2026-12-01',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      owner: 'Kari Nordmann',
    });
    const signed = await exportOf(s, { list: 'deadlines', months: 6, buyer: 'Kari Nordmann' }, 'nn');
    expect(signed.name).toBe('Fristar');
    expect(signed.body.map((r) => [signed.at(r, 'Frist'), signed.at(r, 'Kva')])).toEqual([
      [day('2026-12-04'), 'Klaga må svarast på'],
      [day('2026-12-31'), 'Konkurranseresultatet må kunngjerast'],
    ]);
    const en = await exportOf(s, { list: 'deadlines', months: 6, buyer: 'Kari Nordmann' }, 'en');
    expect(en.body.map((r) => en.at(r, 'What'))).toEqual(['Complaint to answer', 'Contract award notice due']);
    // The signed contract has no deadline in the six months: it is on the third sheet, with its next however far off.
    const running = await exportOf(s, { list: 'deadlines', months: 6, buyer: 'Kari Nordmann' }, 'nb', 2);
    expect(running.name).toBe('Uten frist i perioden');
    expect(
      running.body.map((r) => ['Kontrakt', 'Neste frist', 'Hva', 'Slutt nå'].map((h) => running.at(r, h))),
    ).toEqual(
      ok(s, 'contracts.running', { buyer: 'Kari Nordmann', months: 6 }).map((k) => [
        k.contractTitle,
        k.next ? day(k.next.date) : null,
        k.next ? 'Kontrakten utløper' : null,
        day(k.currentEnd),
      ]),
    );
    expect(running.body.map((r) => running.at(r, 'Kontrakt'))).toEqual(['Leasing av elbiler']);
  });
});

describe("the office's register of complaints", () => {
  it('lists every complaint, open or closed, with its case, by the buyer and department chosen', async () => {
    const s = tempService();
    const a = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/31', title: 'Elbiler' }));
    const b = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/32', title: 'Skolemøbler', buyer: 'Ola Hansen', department: 'Oppvekst' }),
    );
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/33', title: 'Uten klager' }));
    ok(s, 'complaints.add', { caseId: a.id, complaint: complaint({ date: '2026-11-06', answerDue: '2026-11-16' }) });
    ok(s, 'complaints.add', {
      caseId: b.id,
      complaint: complaint({
        kind: 'kofa',
        date: '2026-10-01',
        supplier: 'Møbelhuset AS',
        answerDue: null,
        closedDate: '2026-11-20',
        outcome: 'decisionChanged',
        kofaCaseNo: '2026/0456',
        fee: true,
      }),
    });

    const all = await exportOf(s, { list: 'complaints' }, 'nb');
    expect(all.name).toBe('Klager');
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    // Oldest first; the closed one with its date, outcome, KOFA's number and the fee; the open one with its answer date.
    expect(
      all.body.map((r) =>
        [
          'Mottatt',
          'Type',
          'Leverandør',
          'Saksnummer',
          'Sak',
          'Avdeling',
          'Innkjøper',
          'Svarfrist',
          'Avsluttet',
          'Utfall',
          'KOFAs saksnummer',
          'Overtredelsesgebyr ilagt',
        ].map((h) => all.at(r, h)),
      ),
    ).toEqual([
      [
        day('2026-10-01'),
        'Klage til KOFA',
        'Møbelhuset AS',
        '2026/32',
        'Skolemøbler',
        'Oppvekst',
        'Ola Hansen',
        // None given: KOFA's own, ten working days from its letter of Thursday 1 October.
        day('2026-10-15'),
        day('2026-11-20'),
        'Beslutningen er endret',
        '2026/0456',
        'Ja',
      ],
      [
        day('2026-11-06'),
        'Klage til oppdragsgiver',
        'Lade AS',
        '2026/31',
        'Elbiler',
        'Helse og omsorg',
        'Kari Nordmann',
        day('2026-11-16'),
        null,
        null,
        null,
        null,
      ],
    ]);
    // The screen's filter: one buyer's, one department's.
    const kari = await exportOf(s, { list: 'complaints', buyer: 'Kari Nordmann' }, 'nb');
    expect(kari.body.map((r) => kari.at(r, 'Saksnummer'))).toEqual(['2026/31']);
    const oppvekst = await exportOf(s, { list: 'complaints', buyer: null, department: 'Oppvekst' }, 'nb');
    expect(oppvekst.body.map((r) => oppvekst.at(r, 'Saksnummer'))).toEqual(['2026/32']);
    // In nynorsk and English: the sheet, the headings and the words.
    const nn = await exportOf(s, { list: 'complaints' }, 'nn');
    expect(nn.name).toBe('Klager');
    expect(nn.at(nn.body[0]!, 'Utfall')).toBe('Avgjerda er endra');
    expect(nn.head).toEqual(expect.arrayContaining(['Motteken', 'Avslutta', 'Saksnummeret til KOFA', 'Innkjøpar']));
    const en = await exportOf(s, { list: 'complaints' }, 'en');
    expect(en.name).toBe('Complaints');
    expect(en.at(en.body[1]!, 'Kind')).toBe('Complaint to the office');
    expect(en.at(en.body[0]!, 'Infringement fine imposed')).toBe('Yes');
  });
});
