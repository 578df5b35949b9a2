import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { fileExporter } from '../../service/exporter.js';
import { repoRoot } from '../../service/repoPaths.js';
import { makeBundle } from '../../service/bundle.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

/** A framework with two suppliers on an awarded Del III case, running 2025-01-01 to 2026-12-31 with a two-year option. */
function framework(over: { maxValue?: number | null; callOff?: 'ranked' | 'both' | 'mini_competition' } = {}) {
  const s = tempService();
  let c = ok(s, 'cases.create', sampleCase({ kind: 'varer', estimatedValue: 9_000_000, registeredDate: '2024-09-01' }));
  c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2024-11-01' });
  const a = ok(s, 'suppliers.create', sampleSupplier());
  const b = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '923609016', name: 'Kontorhuset AS' }));
  const other = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '889640782', name: 'Utenfor AS' }));
  let k = ok(s, 'contracts.create', {
    caseId: c.id,
    title: 'Rammeavtale kontorrekvisita',
    supplierIds: [a.id, b.id],
    value: 1_000_000,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    options: [{ lengthMonths: 36, decideBy: '2026-09-30' }],
  });
  expect(k.framework).toBeNull();
  k = ok(s, 'contracts.setFramework', {
    id: k.id,
    version: k.version,
    framework: {
      suppliers: 'multiple',
      callOff: over.callOff ?? 'both',
      maxValue: over.maxValue === undefined ? 1_000_000 : over.maxValue,
      entitled: ['Helse og omsorg', 'Oppvekst', 'Nabokommunen'],
    },
  });
  return { s, k, a, b, other };
}

const direct = (
  contractId: number,
  supplierId: number,
  value: number,
  date = '2025-03-01',
  department = 'Oppvekst',
) => ({
  contractId,
  date,
  department,
  supplierId,
  value,
  description: 'Papir og toner',
  method: 'direct' as const,
});

describe('framework agreements', () => {
  it('keep their terms, and warn until a ground is recorded for a duration beyond four years (FOA § 26-1)', () => {
    const { s, k } = framework();
    expect(k.framework).toMatchObject({
      suppliers: 'multiple',
      callOff: 'both',
      maxValue: 1_000_000,
      entitled: ['Helse og omsorg', 'Oppvekst', 'Nabokommunen'],
      exceedsFourYears: true,
      needsDurationGround: true,
    });
    expect(k.framework?.warnings.map((w) => w.message)).toContain(
      'Rammeavtalen varer lenger enn fire år. Registrer de særlige grunnene (anskaffelsesforskriften § 26-1).',
    );
    const grounded = ok(s, 'contracts.setFramework', {
      id: k.id,
      version: k.version,
      framework: {
        suppliers: 'multiple',
        callOff: 'both',
        maxValue: 1_000_000,
        durationGround: 'Leverandørene investerer i lager og logistikk for kommunen.',
      },
    });
    expect(grounded.framework?.needsDurationGround).toBe(false);
    expect(grounded.framework?.warnings.map((w) => w.code)).not.toContain('frameworkDurationGroundMissing');
    const trail = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(trail.length).toBeGreaterThanOrEqual(3);
  });

  it('need a maximum, and one supplier means no mini-competition', () => {
    const { s, k } = framework();
    const none = err(s, 'contracts.setFramework', {
      id: k.id,
      version: k.version,
      framework: { suppliers: 'multiple', callOff: 'ranked', maxValue: null, maxQuantity: null },
    });
    expect(none.issues).toEqual([
      {
        path: 'framework.maxValue',
        message: 'Oppgi rammeavtalens maksimale verdi eller mengde, slik den ble kunngjort.',
      },
    ]);
    const single = err(
      s,
      'contracts.setFramework',
      { id: k.id, version: k.version, framework: { suppliers: 'single', callOff: 'ranked', maxValue: 5 } },
      'en',
    );
    expect(single.issues).toEqual([
      {
        path: 'framework.suppliers',
        message: 'The contract has 2 suppliers, but a framework with one supplier can have only one.',
      },
    ]);
  });

  it('count call-offs against the maximum by year and department, warn at 80 % and refuse once it is reached', () => {
    const { s, k, a, b } = framework();
    ok(s, 'contracts.addCallOff', direct(k.id, a.id, 300_000, '2025-03-01', 'Oppvekst'));
    let d = ok(s, 'contracts.addCallOff', direct(k.id, b.id, 200_000, '2026-02-01', 'Helse og omsorg'));
    expect(d.framework?.spend).toMatchObject({
      total: 500_000,
      level: 'none',
      byYear: [
        { year: '2025', total: 300_000 },
        { year: '2026', total: 200_000 },
      ],
      byDepartment: [
        { department: 'Oppvekst', total: 300_000 },
        { department: 'Helse og omsorg', total: 200_000 },
      ],
    });
    d = ok(s, 'contracts.addCallOff', direct(k.id, a.id, 350_000, '2026-03-01', 'Oppvekst'));
    expect(d.framework?.spend.level).toBe('warning');
    expect(d.framework?.warnings.find((w) => w.code === 'frameworkNearMaximum')?.message.replace(/\u00a0/g, ' ')).toBe(
      'Avropene har brukt 85 % av rammeavtalens maksimum.',
    );
    expect(
      ok(s, 'contracts.frameworkSpend', { minLevel: 'warning' }).map((r) => [r.contractId, r.total, r.level]),
    ).toEqual([[k.id, 850_000, 'warning']]);
    d = ok(s, 'contracts.addCallOff', direct(k.id, b.id, 200_000, '2026-04-01', 'Teknisk'));
    expect(d.framework?.spend.level).toBe('reached');
    expect(d.framework?.warnings.find((w) => w.code === 'frameworkMaximumUsedUp')?.message).toBe(
      'Rammeavtalens maksimum er nådd: avtalen er i utgangspunktet brukt opp. Nye avrop krever en lovlig endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II).',
    );
    const refused = err(s, 'contracts.addCallOff', direct(k.id, a.id, 1_000, '2026-05-01'), 'nn');
    expect(refused.issues?.[0]?.path).toBe('overMaximumReason');
    expect(refused.issues?.[0]?.message.replace(/\u00a0/g, ' ')).toBe(
      'Maksimumet for rammeavtalen (1 000 000 kr) er nådd, og avtalen er i utgangspunktet brukt opp. Eit nytt avrop må byggje på ei lovleg endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II); elles kan det vere ei ulovleg direkte anskaffing. Skriv grunnlaget for endringa for å registrere avropet.',
    );
    // With the lawful change it rests on, the call-off is recorded: the register shows what was bought, past the maximum.
    d = ok(s, 'contracts.addCallOff', {
      ...direct(k.id, a.id, 1_000, '2026-05-01'),
      overMaximumReason: 'Endring etter FOA § 28-1 (1) e: under 10 % av verdien.',
    });
    expect(d.framework?.spend.total).toBe(1_051_000);
    expect(d.framework?.callOffs[0]?.overMaximumReason).toBe('Endring etter FOA § 28-1 (1) e: under 10 % av verdien.');
    // Raising a call-off when the others have used up the maximum asks for the ground; lowering one does not.
    const may = d.framework!.callOffs.find((o) => o.date === '2026-05-01')!;
    const { supplierName: _m, ...mayFields } = may;
    const raise = { ...mayFields, value: 2_000, overMaximumReason: '' };
    expect(err(s, 'contracts.updateCallOff', raise).issues?.[0]?.path).toBe('overMaximumReason');
    const april = d.framework!.callOffs.find((o) => o.date === '2026-04-01')!;
    const { supplierName: _a, ...aprilFields } = april;
    d = ok(s, 'contracts.updateCallOff', { ...aprilFields, value: 150_000 });
    expect(d.framework?.spend.total).toBe(1_001_000);
  });

  it('refuse a call-off from a supplier outside it, outside its period, or a mini-competition without its record', () => {
    const { s, k, a, other } = framework();
    expect(err(s, 'contracts.addCallOff', direct(k.id, other.id, 10)).issues).toEqual([
      { path: 'supplierId', message: 'Leverandøren er ikke part i rammeavtalen.' },
    ]);
    expect(err(s, 'contracts.addCallOff', direct(k.id, a.id, 10, '2024-12-31')).issues).toEqual([
      { path: 'date', message: 'Avropet må ligge innenfor rammeavtalens periode (01.01.2025–31.12.2026).' },
    ]);
    const mini = { ...direct(k.id, a.id, 10), method: 'mini_competition' as const };
    expect(err(s, 'contracts.addCallOff', mini).issues?.[0]?.path).toBe('invitationDate');
    expect(err(s, 'contracts.addCallOff', { ...mini, invitationDate: '2025-02-01' }).issues?.[0]?.path).toBe(
      'tenderCount',
    );
    expect(
      err(s, 'contracts.addCallOff', { ...mini, invitationDate: '2025-02-01', tenderCount: 2 }).issues?.[0]?.path,
    ).toBe('awardReason');
    const done = ok(s, 'contracts.addCallOff', {
      ...mini,
      invitationDate: '2025-02-01',
      tenderCount: 2,
      awardReason: 'Lavest pris for varekurven',
    });
    expect(done.framework?.callOffs[0]).toMatchObject({
      method: 'mini_competition',
      tenderCount: 2,
      supplierName: 'Grønn Mobilitet AS',
    });
  });

  it('correct and delete call-offs by version, and stay a framework while they exist', () => {
    const { s, k, a } = framework();
    const d = ok(s, 'contracts.addCallOff', direct(k.id, a.id, 100_000));
    const c = d.framework!.callOffs[0]!;
    const { id: _i, version: _v, supplierName: _n, ...fields } = c;
    const u = ok(s, 'contracts.updateCallOff', { ...fields, id: c.id, version: c.version, value: 120_000 });
    expect(u.framework?.spend.total).toBe(120_000);
    expect(err(s, 'contracts.updateCallOff', { ...fields, id: c.id, version: c.version, value: 1 }).status).toBe(409);
    const removing = err(s, 'contracts.setFramework', { id: k.id, version: u.version, framework: null });
    expect(removing.message).toBe(
      'Rammeavtalen har 1 avrop og kan ikke gjøres om til en vanlig kontrakt. Slett avropene først.',
    );
    const gone = ok(s, 'contracts.deleteCallOff', { id: c.id, version: c.version + 1 });
    expect(gone.framework?.callOffs).toEqual([]);
    expect(ok(s, 'contracts.setFramework', { id: k.id, version: gone.version, framework: null }).framework).toBeNull();
    const trail = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(trail.length).toBeGreaterThanOrEqual(5);
  });

  it('refuse call-offs on a contract that is not a framework', () => {
    const { s, k, a } = framework();
    ok(s, 'contracts.setFramework', { id: k.id, version: k.version, framework: null });
    expect(err(s, 'contracts.addCallOff', direct(k.id, a.id, 1), 'en').message).toBe(
      'The contract is not a framework agreement. Record its terms before recording call-offs.',
    );
  });
});

describe('the demo municipality', () => {
  it('holds frameworks called off by several departments, one near its maximum', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 200 });
    const spend = ok(s, 'contracts.frameworkSpend', {});
    expect(spend.length).toBe(3);
    expect(spend.filter((f) => f.level === 'warning')).toHaveLength(1);
    for (const f of spend) {
      const k = ok(s, 'contracts.get', { id: f.contractId });
      expect(k.framework?.spend.byDepartment.length).toBeGreaterThanOrEqual(2);
      expect(k.framework?.spend.total).toBe(f.total);
    }
  });
});

describe('an exchange bundle', () => {
  it('carries a framework’s terms and its call-offs to another PC', () => {
    const { s, k, a, b } = framework();
    ok(s, 'contracts.addCallOff', direct(k.id, a.id, 300_000, '2025-03-01', 'Oppvekst'));
    ok(s, 'contracts.addCallOff', {
      ...direct(k.id, b.id, 200_000, '2026-02-01', 'Helse og omsorg'),
      method: 'mini_competition',
      invitationDate: '2026-01-10',
      tenderCount: 2,
      awardReason: 'Lavest pris',
    });
    const bundle = makeBundle(s, null, 'Kari på PC A');
    const other = tempService();
    ok(other, 'bundle.import', { fileName: bundle.fileName, data: Buffer.from(bundle.bytes).toString('base64') });
    const there = ok(other, 'contracts.list', {}).find((c) => c.title === 'Rammeavtale kontorrekvisita')!;
    const seen = (x: typeof k) => ({
      ...x.framework!,
      callOffs: x.framework!.callOffs.map(({ id: _i, version: _v, supplierId: _s, ...c }) => c),
    });
    expect(seen(ok(other, 'contracts.get', { id: there.id }))).toEqual(seen(ok(s, 'contracts.get', { id: k.id })));
  });
});

describe('the OCDS export', () => {
  it('says the release is a framework agreement and gives its call-offs as its contracts', () => {
    const { s, k, a } = framework();
    ok(s, 'contracts.addCallOff', direct(k.id, a.id, 300_000, '2025-03-01', 'Oppvekst'));
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    const pkg = ok(s, 'exchange.ocds', { from: '2000-01-01', to: '2026-11-25' });
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    formatsModule.default(ajv);
    const schema = (name: string) =>
      JSON.parse(readFileSync(path.join(repoRoot, 'core', 'data', 'ocds', name), 'utf8')) as object;
    ajv.addSchema(schema('release-schema.json'));
    const validate = ajv.compile(schema('release-package-schema.json'));
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const release = (
      pkg.releases as {
        tender: { techniques?: unknown };
        contracts: { id: string; awardID: string; value: { amount: number } }[];
      }[]
    )[0]!;
    expect(release.tender.techniques).toEqual({
      hasFrameworkAgreement: true,
      frameworkAgreement: {
        method: 'withAndWithoutReopeningCompetition',
        value: { amount: 1_000_000, currency: 'NOK' },
        buyerCategories: 'Helse og omsorg, Oppvekst, Nabokommunen',
      },
    });
    const callOff = release.contracts.find((c) => c.id.startsWith('calloff-'))!;
    expect(callOff).toMatchObject({ awardID: `award-${k.id}`, value: { amount: 300_000, currency: 'NOK' } });
  });
});

describe('the list exports', () => {
  it('give every framework’s spend and a framework’s call-offs as .xlsx', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 200 });
    const noPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
    const exporter = fileExporter(s, noPrinter, 'test');
    const rows = async (spec: object) => {
      const r = await exporter('xlsx', spec, 'nn', 'http://127.0.0.1/');
      if (!r.ok) throw new Error('export failed');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
      const out: unknown[][] = [];
      wb.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const spend = ok(s, 'contracts.frameworkSpend', {});
    const frameworks = await rows({ list: 'frameworks' });
    expect(frameworks[0]).toContain('Del av maksimum (%)');
    expect(frameworks.slice(1).map((r) => r[3])).toEqual(spend.map((f) => f.total));
    const k = ok(s, 'contracts.get', { id: spend[0]!.contractId });
    const callOffs = await rows({ list: 'callOffs', contractId: k.id });
    expect(callOffs[0]).toContain('Kva som vart kjøpt');
    expect(callOffs.length - 1).toBe(k.framework!.callOffs.length);
  });
});

describe('call-offs from a spreadsheet', () => {
  const csv = (lines: string[]) => ({
    fileName: 'salgsrapport.csv',
    data: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
  });
  const head = 'Saksnummer;Dato;Avdeling;Orgnr;Verdi;Hva som ble kjøpt';
  const run = async (s: ReturnType<typeof tempService>, input: object) => {
    const r = await s.call('contracts.importCallOffs', input, 'nb');
    if (!r.ok) return { error: r.body.error.message };
    return r.value;
  };

  it('matches each row to its framework and supplier, and writes all rows or none', async () => {
    const { s, k } = framework();
    const good = csv([
      head,
      '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir',
      'Rammeavtale kontorrekvisita;15.04.2025;Helse og omsorg;923609016;kr 80 000,-;Toner',
    ]);
    expect(await run(s, good)).toEqual({ rows: 2, imported: 0, problems: [] });
    expect(ok(s, 'contracts.get', { id: k.id }).framework?.callOffs).toEqual([]);

    const bad = csv([
      head,
      '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir',
      '2026/9999;02.03.2025;Oppvekst;974760673;1 000;Blyanter',
      '2026/1234;03.03.2025;Oppvekst;889640782;1 000;Viskelær',
    ]);
    expect(await run(s, { ...bad, commit: true })).toEqual({
      rows: 3,
      imported: 0,
      problems: [
        { row: 3, message: 'Fant ingen rammeavtale med saksnummer eller tittel «2026/9999».' },
        { row: 4, message: 'Kolonnen «Orgnr»: Leverandøren er ikke part i rammeavtalen.' },
      ],
    });
    expect(ok(s, 'contracts.get', { id: k.id }).framework?.callOffs).toEqual([]);

    expect(await run(s, { ...good, commit: true })).toMatchObject({ imported: 2, problems: [] });
    const after = ok(s, 'contracts.get', { id: k.id }).framework!;
    expect(after.spend.total).toBe(200_000);
    expect(after.spend.byDepartment.map((d) => d.department)).toEqual(['Oppvekst', 'Helse og omsorg']);
    const trail = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(trail.filter((e) => e.method === 'contracts.importCallOffs')).toHaveLength(2);
  });

  it('says which column is missing', async () => {
    const { s } = framework();
    expect(await run(s, csv(['Saksnummer;Dato;Avdeling;Verdi;Hva', 'x;y;z;1;a']))).toEqual({
      error: 'Regnearket mangler en kolonne for leverandørens organisasjonsnummer.',
    });
  });

  const mini =
    'Saksnummer;Dato;Avdeling;Orgnr;Verdi;Hva som ble kjøpt;Hvordan;Invitasjon sendt;Antall tilbud;Begrunnelse';

  it('records how each row was called off, with a mini-competition’s invitation, tenders and reasons', async () => {
    const { s, k } = framework();
    const file = csv([
      mini,
      '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir;Direkte etter vilkårene;;;',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;01.04.2025;3;Lavest pris av tre tilbud',
      '2026/1234;20.04.2025;Oppvekst;923609016;10 000;Blyanter;;;;',
    ]);
    expect(await run(s, { ...file, commit: true })).toEqual({ rows: 3, imported: 3, problems: [] });
    const got = ok(s, 'contracts.get', { id: k.id }).framework!.callOffs;
    expect(got.map((c) => [c.description, c.method, c.invitationDate, c.tenderCount, c.awardReason])).toEqual([
      // Newest first, as the page lists them.
      ['Blyanter', 'direct', null, null, ''],
      ['Toner', 'mini_competition', '2025-04-01', 3, 'Lavest pris av tre tilbud'],
      ['Papir', 'direct', null, null, ''],
    ]);
    const trail = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(
      trail
        .flatMap((e) => e.changes)
        .find((c) => c.field === 'callOffs' && (c.after as { method: string }).method === 'mini_competition')?.after,
    ).toMatchObject({
      description: 'Toner',
      invitationDate: '2025-04-01',
      tenderCount: 3,
      awardReason: 'Lavest pris av tre tilbud',
    });
  });

  it('reads the new columns’ headings in nynorsk and English too', async () => {
    for (const heading of [
      'Saksnummer;Dato;Avdeling;Orgnr;Verdi;Kva som vart kjøpt;Korleis;Invitasjon send;Tal på tilbod;Grunngiving',
      'Case number;Date;Department;Organisation number;Value;What was bought;How;Invitation sent;Tenders;Reasons',
    ]) {
      const { s } = framework();
      const file = csv([
        heading,
        '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Mini-competition;01.04.2025;2;Best kvalitet',
      ]);
      expect(await run(s, { ...file, commit: true })).toEqual({ rows: 1, imported: 1, problems: [] });
    }
  });

  it('refuses a mini-competition row as the form does, naming row and column, and keeps none of the rows', async () => {
    const { s, k } = framework({ callOff: 'ranked' });
    const file = csv([
      mini,
      '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir;direkte;;;',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;01.04.2025;3;Lavest pris',
    ]);
    expect(await run(s, { ...file, commit: true })).toEqual({
      rows: 2,
      imported: 0,
      problems: [
        {
          row: 3,
          message: 'Kolonnen «Hvordan»: Rammeavtalens vilkår gir ikke minikonkurranse: avrop gjøres etter rangeringen.',
        },
      ],
    });
    expect(ok(s, 'contracts.get', { id: k.id }).framework!.callOffs).toEqual([]);

    // Under terms that allow both: the mini-competition's record is required, each refusal in its column.
    const { s: s2, k: k2 } = framework();
    const missing = csv([
      mini,
      '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir;direkte;;;',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;;3;Lavest pris',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;20.04.2025;3;Lavest pris',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;01.04.2025;0;Lavest pris',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;01.04.2025;3;',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Anbud;01.04.2025;3;Lavest pris',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;1. april;3;Lavest pris',
      '2026/1234;15.04.2025;Oppvekst;923609016;80 000;Toner;Minikonkurranse;01.04.2025;tre;Lavest pris',
    ]);
    const r = await run(s2, { ...missing, commit: true });
    expect(r).toMatchObject({ rows: 8, imported: 0 });
    expect((r as { problems: { row: number; message: string }[] }).problems).toEqual([
      { row: 3, message: 'Kolonnen «Invitasjon sendt»: Oppgi datoen leverandørene ble invitert til minikonkurransen.' },
      { row: 4, message: expect.stringMatching(/^Kolonnen «Invitasjon sendt»: /) },
      { row: 5, message: 'Kolonnen «Antall tilbud»: Oppgi hvor mange tilbud minikonkurransen fikk (minst ett).' },
      { row: 6, message: 'Kolonnen «Begrunnelse»: Skriv begrunnelsen for tildelingen i minikonkurransen.' },
      { row: 7, message: 'Kan ikke lese «Anbud» som hvordan det ble avropt (direkte eller minikonkurranse).' },
      { row: 8, message: 'Kan ikke lese «1. april» som datoen invitasjonen til minikonkurransen ble sendt.' },
      { row: 9, message: 'Kan ikke lese «tre» som antall tilbud.' },
    ]);
    expect(ok(s2, 'contracts.get', { id: k2.id }).framework!.callOffs).toEqual([]);
  });

  it('names the missing column when a framework’s terms want a mini-competition and the file has no such column', async () => {
    const { s } = framework({ callOff: 'mini_competition' });
    const r = await run(s, csv([head, '2026/1234;01.03.2025;Oppvekst;974760673;120 000;Papir']));
    expect(r).toEqual({
      rows: 1,
      imported: 0,
      problems: [
        {
          row: 2,
          message:
            'Kolonnen «hvordan det ble avropt (direkte eller minikonkurranse)»: Rammeavtalens vilkår sier at avrop gjøres ved minikonkurranse.',
        },
      ],
    });
  });
});
