import { describe, expect, it } from 'vitest';
import type { Output } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { xlsxBase64 } from '../helpers/sheets.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

const HEAD = [
  'Saksnr.',
  'Tittel',
  'Avdeling',
  'Innkjøper',
  'Estimert verdi (eks. mva)',
  'Type anskaffelse',
  'Konkurranseform',
  'Tema',
  'Registrert',
  'CPV-kode',
];

async function run<M extends 'import.preview' | 'import.commit'>(
  s: Service,
  method: M,
  input: object,
  locale: 'nb' | 'en' = 'nb',
) {
  const r = await s.call(method, input, locale);
  return r.ok
    ? { ok: true as const, value: r.value as Output<M> }
    : { ok: false as const, status: r.status, error: r.body.error };
}

describe('spreadsheet import', () => {
  it('reads an office spreadsheet as it is written, guesses the columns, and imports every row with its history', async () => {
    const s = tempService();
    const data = await xlsxBase64([
      HEAD,
      [
        '2026/501',
        'Skolemøbler',
        'Oppvekst',
        'Kari Nordmann',
        '1 300 000 kr',
        'Varer',
        'Åpen anbudskonkurranse',
        'Klima og miljø; Innovasjon',
        new Date(Date.UTC(2026, 2, 14)),
        '39160000-1',
      ],
      [
        '2026/502',
        'Renhold av rådhuset',
        'Eiendom',
        'Ola Hansen',
        2_450_000,
        'tjenester',
        'Direkte anskaffelse',
        '',
        '01.09.2026',
        '',
      ],
    ]);
    const preview = await run(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(preview.ok).toBe(true);
    const rep = preview.ok ? preview.value : null!;
    expect(rep.mapping).toMatchObject({
      caseNumber: 0,
      title: 1,
      department: 2,
      buyer: 3,
      estimatedValue: 4,
      kind: 5,
      procedure: 6,
      themes: 7,
      registeredDate: 8,
      cpvCode: 9,
    });
    expect(rep).toMatchObject({ rows: 2, ready: 2, problemRows: 0, unmapped: [] });
    expect(rep.preview[0]!.values).toMatchObject({
      estimatedValue: 1_300_000,
      kind: 'varer',
      procedure: 'apen_anbud',
      themes: ['klima_miljo', 'innovasjon'],
      registeredDate: '2026-03-14',
      cpvCode: '39160000',
    });
    // A preview keeps nothing.
    expect(ok(s, 'cases.list', {}).total).toBe(0);

    const done = await run(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(done.ok && done.value.imported).toBe(2);
    const list = ok(s, 'cases.list', { sort: 'caseNumber', dir: 'asc' });
    expect(list.items.map((c) => [c.caseNumber, c.estimatedValue])).toEqual([
      ['2026/501', 1_300_000],
      ['2026/502', 2_450_000],
    ]);
    const history = ok(s, 'audit.forRecord', { entity: 'case', id: list.items[0]!.id });
    expect(history[0]).toMatchObject({ method: 'import.commit' });
    expect(history[0]!.changes).toContainEqual({ field: 'importedFrom', before: null, after: 'saker.xlsx' });
  });

  it("states each bad row's problems in words and imports nothing while any remain", async () => {
    const s = tempService();
    const data = await xlsxBase64([
      HEAD,
      ['2026/601', 'Gyldig rad', 'Eiendom', 'Kari', 100_000, 'Varer', '', '', '', ''],
      ['2026/602', 'Ugyldig beløp', 'Eiendom', 'Kari', 'ca. en million', 'Varer', '', '', '', ''],
      ['26-603', 'Feil saksnummer og dato', 'Eiendom', 'Kari', 5000, 'Varer', '', '', '31.02.2026', ''],
      ['2026/604', 'Ukjent type', 'Eiendom', 'Kari', 5000, 'Leasing', 'Anbud på månen', 'Grønt', '', '99999999'],
      ['2026/605', '', '', 'Kari', 5000, 'Varer', '', '', '', ''],
    ]);
    const preview = await run(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    const rep = preview.ok ? preview.value : null!;
    expect(rep).toMatchObject({ rows: 5, ready: 1, problemRows: 4 });
    const byRow = (row: number) => rep.problems.filter((p) => p.row === row).map((p) => `${p.field}: ${p.message}`);
    expect(byRow(3)).toEqual(['estimatedValue: «ca. en million» er ikke et beløp. Skriv f.eks. 1 300 000.']);
    expect(byRow(4)).toEqual(['registeredDate: «31.02.2026» er ikke en dato. Skriv f.eks. 25.11.2026.']);
    expect(byRow(5).join('\n')).toMatch(/kind: «Leasing» er ikke en type anskaffelse/);
    expect(byRow(5).join('\n')).toMatch(/procedure: «Anbud på månen» er ikke en prosedyre/);
    expect(byRow(5).join('\n')).toMatch(/themes: «Grønt» er ikke et av temaene/);
    expect(byRow(6)).toEqual(expect.arrayContaining(['title: Må fylles ut.', 'department: Må fylles ut.']));

    const refused = await run(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      error: { message: '4 rader har feil. Ingenting er lagt inn; rett feilene i regnearket og prøv igjen.' },
    });
    expect(ok(s, 'cases.list', {}).total).toBe(0);
    // The row the rules refuse after reading (an unknown CPV code) is reported too, in English when asked.
    const en = await run(
      s,
      'import.preview',
      {
        target: 'cases',
        fileName: 'saker.xlsx',
        data: await xlsxBase64([
          HEAD,
          ['2026/604', 'Ukjent CPV', 'Eiendom', 'Kari', 5000, 'Goods', '', '', '', '99999999'],
        ]),
      },
      'en',
    );
    expect(en.ok && en.value.problems).toEqual([
      { row: 2, field: 'cpvCode', message: expect.stringMatching(/99999999/) },
    ]);
  });

  it('reports duplicates by case number, in the register and in the file, and never merges them', async () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/701', title: 'Finnes fra før' }));
    const data = await xlsxBase64([
      HEAD,
      ['2026/701', 'Samme nummer som i registeret', 'Eiendom', 'Kari', 1000, 'Varer', '', '', '', ''],
      ['2026/702', 'Ny sak', 'Eiendom', 'Kari', 1000, 'Varer', '', '', '', ''],
      ['2026/702', 'Samme nummer to ganger i arket', 'Eiendom', 'Kari', 1000, 'Varer', '', '', '', ''],
    ]);
    const rep = await run(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(rep.ok && rep.value.duplicates).toEqual([
      {
        row: 2,
        field: 'caseNumber',
        message: '2026/701 finnes allerede i registeret; raden er ikke slått sammen med den.',
      },
      { row: 4, field: 'caseNumber', message: '2026/702 står også i rad 3.' },
    ]);
    const refused = await run(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(refused.ok).toBe(false);
    expect(ok(s, 'cases.list', {}).total).toBe(1);

    const skipped = await run(s, 'import.commit', {
      target: 'cases',
      fileName: 'saker.xlsx',
      data,
      skipDuplicates: true,
    });
    expect(skipped.ok && [skipped.value.imported, skipped.value.skippedDuplicates]).toEqual([1, 2]);
    const existing = ok(s, 'cases.list', { q: '2026/701' }).items[0]!;
    expect(existing.title).toBe('Finnes fra før');
  });

  it('reads a semicolon CSV saved by Norwegian Excel in Windows-1252, and imports suppliers', async () => {
    const s = tempService();
    const text =
      'Organisasjonsnummer;Leverandørnavn;Adresse;Postnr;Poststed\r\n974 760 673;Ørsta Bøker og Blått AS;Storgata 1;150;Ørsta\r\n';
    const bytes = Buffer.from(
      new Uint8Array([...text].map((ch) => ({ Ø: 0xd8, ø: 0xf8, å: 0xe5, Å: 0xc5 })[ch] ?? ch.charCodeAt(0))),
    );
    const data = bytes.toString('base64');
    const done = await run(s, 'import.commit', { target: 'suppliers', fileName: 'leverandorer.csv', data });
    expect(done.ok && done.value.report.mapping).toMatchObject({
      orgnr: 0,
      name: 1,
      address: 2,
      postalCode: 3,
      city: 4,
    });
    expect(done.ok && done.value.imported).toBe(1);
    const sup = ok(s, 'suppliers.list', {}).items[0]!;
    expect(sup).toMatchObject({ orgnr: '974760673', name: 'Ørsta Bøker og Blått AS', city: 'Ørsta' });
  });

  it('says so when the file is not a spreadsheet it reads, or the mapping leaves out a required field', async () => {
    const s = tempService();
    const pdf = await run(s, 'import.preview', {
      target: 'cases',
      fileName: 'saker.pdf',
      data: Buffer.from('%PDF-1.4').toString('base64'),
    });
    expect(pdf).toMatchObject({
      ok: false,
      error: { message: 'Anskaff leser regneark i formatene .xlsx og .csv. Lagre saker.pdf som en av dem.' },
    });
    const broken = await run(s, 'import.preview', {
      target: 'cases',
      fileName: 'saker.xlsx',
      data: Buffer.from('not a zip').toString('base64'),
    });
    expect(broken).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Filen saker.xlsx kunne ikke leses som Excel/) },
    });
    const data = await xlsxBase64([
      ['Saksnummer', 'Tittel'],
      ['2026/1', 'Noe'],
    ]);
    const rep = await run(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(rep.ok && rep.value.unmapped).toEqual(['department', 'buyer', 'estimatedValue', 'kind']);
    const refused = await run(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'mapping.department', message: 'Velg kolonnen som har dette feltet.' }),
        ]),
      },
    });
  });
});
