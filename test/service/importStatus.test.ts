import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  importFields,
  normalise,
  phaseDateField,
  phaseDateHeadings,
  phaseDefs,
  phaseIndex,
  readCell,
  rowTimeline,
  type Output,
  type Phase,
} from '../../core/index.js';
import { fileExporter } from '../../service/exporter.js';
import { openService } from '../../service/openData.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { migrationsDir } from '../../service/repoPaths.js';
import type { Service } from '../../service/service.js';
import { bundleFile } from '../helpers/bundles.js';
import { xlsxBase64 } from '../helpers/sheets.js';
import { ok, TODAY, tempDir, tempService } from '../helpers/tempService.js';

// Running cases brought in with their status: the phase a case is in and the
// dates it reached each phase become its timeline, checked by the app's own
// transition rule; the columns not read are named; and the valid rows can be
// imported leaving out the invalid ones, which come back as a spreadsheet.

const HEAD = [
  'Saksnr.',
  'Tittel',
  'Avdeling',
  'Innkjøper',
  'Estimert verdi',
  'Type',
  'Registrert',
  'Fase',
  'Dato kunngjøring',
  'Tildelt',
  'Merknad',
];
const row = (
  nr: string,
  phase: string,
  reg: unknown,
  notice: unknown = '',
  award: unknown = '',
  title = `Sak ${nr}`,
) => [nr, title, 'Eiendom', 'Kari', 100_000, 'Varer', reg, phase, notice, award, 'intern merknad'];

async function call<M extends 'import.preview' | 'import.commit' | 'import.rejects'>(
  s: Service,
  method: M,
  input: object,
  locale: 'nb' | 'nn' | 'en' = 'nb',
) {
  const r = await s.call(method, input, locale);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.body)}`);
  return r.value as Output<M>;
}
async function refused(s: Service, method: string, input: object) {
  const r = await s.call(method, input, 'nb');
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.body.error;
}
const byNumber = (s: Service, n: string) =>
  ok(s, 'cases.list', { q: n, includeArchived: true }).items.find((c) => c.caseNumber === n);
const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };

describe('phase and phase dates from a spreadsheet', () => {
  it("guesses the phase and phase-date columns, names the columns it does not read, and builds each case's timeline in order", async () => {
    const s = tempService();
    const data = await xlsxBase64([
      HEAD,
      row('2026/901', 'Tildeling', '10.01.2026', '01.02.2026', '15.03.2026'),
      row('2026/902', 'kunngjering', new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 1, 2))),
      row('2026/903', 'Evaluation', '01.06.2026'),
      row('2026/904', '', '01.06.2026'),
    ]);
    const rep = await call(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(rep.mapping).toMatchObject({
      registeredDate: 6,
      phase: 7,
      'phaseDate.kunngjoring': 8,
      'phaseDate.tildeling': 9,
      plannedNoticeDate: null,
    });
    // "Merknad" is read by nothing: it is named, not dropped silently.
    expect(rep.unusedColumns.map((i) => rep.columns[i]!.heading)).toEqual(['Merknad']);
    expect(rep).toMatchObject({ rows: 4, ready: 4, problemRows: 0, noticeRows: 1 });
    // A phase without its date gets the import date, and the report says so.
    expect(rep.notices).toEqual([
      { row: 4, field: 'phase', message: 'Ingen dato for Evaluering; saken får importdatoen 25.11.2026 for fasen.' },
    ]);
    expect(rep.preview[0]!.values).toMatchObject({
      phase: 'tildeling',
      'phaseDate.kunngjoring': '2026-02-01',
      'phaseDate.tildeling': '2026-03-15',
    });

    const done = await call(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    expect(done).toMatchObject({ imported: 4, leftOut: 0 });
    const timeline = (n: string) =>
      ok(s, 'cases.get', { id: byNumber(s, n)!.id }).timeline.map((e) => [e.phase, e.date]);
    expect(timeline('2026/901')).toEqual([
      ['behovsavklaring', '2026-01-10'],
      ['kunngjoring', '2026-02-01'],
      ['tildeling', '2026-03-15'],
    ]);
    expect(timeline('2026/902')).toEqual([
      ['behovsavklaring', '2026-01-05'],
      ['kunngjoring', '2026-02-02'],
    ]);
    expect(timeline('2026/903')).toEqual([
      ['behovsavklaring', '2026-06-01'],
      ['evaluering', TODAY],
    ]);
    expect(timeline('2026/904')).toEqual([['behovsavklaring', '2026-06-01']]);
    const c = ok(s, 'cases.get', { id: byNumber(s, '2026/901')!.id });
    expect(c).toMatchObject({ phase: 'tildeling', phaseSince: '2026-03-15' });
    expect(c.timeline[1]!.note).toBe('Fra regnearket saker.xlsx');
    // Audited like other imports: the file, the fields, the phase and its dates.
    const entry = ok(s, 'audit.forRecord', { entity: 'case', id: c.id })[0]!;
    expect(entry.method).toBe('import.commit');
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'importedFrom', before: null, after: 'saker.xlsx' },
        { field: 'phase', before: null, after: 'tildeling' },
        {
          field: 'timeline',
          before: null,
          after: [
            { phase: 'behovsavklaring', date: '2026-01-10' },
            { phase: 'kunngjoring', date: '2026-02-01' },
            { phase: 'tildeling', date: '2026-03-15' },
          ],
        },
      ]),
    );
  });

  it('gives an imported case a timeline that travels in a bundle like any other', async () => {
    const a = tempService();
    const data = await xlsxBase64([HEAD, row('2026/951', 'Tildeling', '10.01.2026', '01.02.2026', '15.03.2026')]);
    await call(a, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data });
    const b = tempService();
    ok(b, 'bundle.import', bundleFile(a));
    const there = ok(b, 'cases.get', { id: byNumber(b, '2026/951')!.id });
    expect(there.timeline.map((e) => [e.phase, e.date, e.note])).toEqual([
      ['behovsavklaring', '2026-01-10', ''],
      ['kunngjoring', '2026-02-01', 'Fra regnearket saker.xlsx'],
      ['tildeling', '2026-03-15', 'Fra regnearket saker.xlsx'],
    ]);
  });

  it('takes back a case list Anskaff exported: the phase, and since when ("I fasen siden")', async () => {
    const a = tempService();
    const moved = ok(a, 'cases.create', {
      caseNumber: '2026/961',
      title: 'Skoleskyss',
      department: 'Oppvekst',
      buyer: 'Kari',
      estimatedValue: 2_000_000,
      kind: 'tjenester',
      registeredDate: '2026-02-01',
    });
    ok(a, 'cases.changePhase', {
      id: moved.id,
      version: moved.version,
      phase: 'kunngjoring',
      date: '2026-04-01',
      note: '',
    });
    ok(a, 'cases.create', {
      caseNumber: '2026/962',
      title: 'Kontorstoler',
      department: 'Eiendom',
      buyer: 'Ola',
      estimatedValue: 90_000,
      kind: 'varer',
      registeredDate: '2026-03-01',
    });
    const list = await fileExporter(a, noPrinter, 'test')(
      'xlsx',
      { list: 'cases', query: {} },
      'nb',
      'http://127.0.0.1/',
    );
    if (!list.ok) throw new Error(JSON.stringify(list.body));
    const b = tempService();
    const input = { target: 'cases', fileName: 'saker.xlsx', data: Buffer.from(list.bytes).toString('base64') };
    const rep = await call(b, 'import.preview', input);
    expect(rep.mapping).toMatchObject({
      phase: rep.columns.findIndex((c) => c.heading === 'Fase'),
      phaseSince: rep.columns.findIndex((c) => c.heading === 'I fasen siden'),
    });
    expect(rep).toMatchObject({ ready: 2, problemRows: 0, noticeRows: 0 });
    // What the register derives (the contracts' value, the part of the regulation, the office's own share) and the
    // joint procurement's participants, the notices and the complaints (kept on the case page, not read from a sheet)
    // are named as not read; everything else is taken back.
    expect(rep.unusedColumns.map((i) => rep.columns[i]!.heading)).toEqual([
      'Kontraktsverdi (kr)',
      'Del av forskriften',
      'Innkjøpssamarbeid med',
      'Kontorets egen andel (kr)',
      'Kunngjort i Doffin',
      'Kunngjort i TED',
      'Kunngjøring av konkurranseresultat',
      'Åpen klage',
      'Forføyning stanser signeringen',
    ]);
    await call(b, 'import.commit', input);
    expect(ok(b, 'cases.get', { id: byNumber(b, '2026/961')!.id }).timeline.map((e) => [e.phase, e.date])).toEqual([
      ['behovsavklaring', '2026-02-01'],
      ['kunngjoring', '2026-04-01'],
    ]);
    expect(ok(b, 'cases.get', { id: byNumber(b, '2026/962')!.id }).timeline.map((e) => [e.phase, e.date])).toEqual([
      ['behovsavklaring', '2026-03-01'],
    ]);
    // Since when and the phase's own date must agree.
    const both = await xlsxBase64([
      ['Saksnr.', 'Tittel', 'Avdeling', 'Innkjøper', 'Verdi', 'Type', 'Fase', 'I fasen siden', 'Dato kunngjøring'],
      ['2026/963', 'Sak C', 'Eiendom', 'Kari', 1000, 'Varer', 'Kunngjøring', '01.04.2026', '02.04.2026'],
    ]);
    const bad = await call(b, 'import.preview', { target: 'cases', fileName: 'c.xlsx', data: both });
    expect(bad.problems).toEqual([
      {
        row: 2,
        field: 'phaseSince',
        message:
          'Saken er i fasen Kunngjøring siden 01.04.2026, men datoen for Kunngjøring er 02.04.2026. Bruk samme dato, eller fjern den ene.',
      },
    ]);
  });

  it('says in words, on the row and the column, what is wrong with a phase or its dates', async () => {
    const s = tempService();
    const data = await xlsxBase64([
      HEAD,
      row('2026/911', 'Kunngjøring', '10.01.2026', '01.02.2026', '15.03.2026'),
      row('2026/912', 'Tildeling', '10.01.2026', '01.04.2026', '15.03.2026'),
      row('2026/913', 'Kunngjøring', '10.01.2026', '01.12.2026'),
      row('2026/914', 'Ferdig', '10.01.2026'),
      row('2026/915', '', '10.01.2026', '01.02.2026'),
      row('2026/916', 'Avlyst', '10.01.2026'),
      row('2026/917', 'Kunngjøring', '10.03.2026', '01.02.2026'),
    ]);
    const rep = await call(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data });
    const at = (r: number) => rep.problems.filter((p) => p.row === r).map((p) => `${p.field}: ${p.message}`);
    expect(at(2)).toEqual([
      'phaseDate.tildeling: Saken er i fasen Kunngjøring, men raden har en dato for Tildeling, som kommer senere. Rett fasen eller fjern datoen.',
    ]);
    expect(at(3)).toEqual([
      'phaseDate.tildeling: Datoen for Tildeling (15.03.2026) er før datoen for Kunngjøring (01.04.2026). Fasene må ha datoer i rekkefølge.',
    ]);
    expect(at(4)).toEqual([
      'phaseDate.kunngjoring: Datoen for Kunngjøring (01.12.2026) er fram i tid. Skriv datoen saken kom dit, ikke en planlagt dato.',
    ]);
    expect(at(5)[0]).toMatch(
      /^phase: «Ferdig» er ikke en fase Anskaff kjenner\. Bruk en av disse: Behovsavklaring, Markedsdialog, .*Avlyst\.$/,
    );
    expect(at(6)).toEqual(['phase: Raden har datoer for faser, men ingen fase. Skriv hvilken fase saken er i.']);
    expect(at(7)[0]).toMatch(/^phase: En avlyst sak kan ikke tas inn fra regneark/);
    // Before the case was registered.
    expect(at(8)).toEqual([
      'phaseDate.kunngjoring: Datoen for Kunngjøring (01.02.2026) er før datoen for Behovsavklaring (10.03.2026). Fasene må ha datoer i rekkefølge.',
    ]);
    expect(rep.problemRows).toBe(7);
    // In nynorsk and English too, with the phases as the app names them.
    const nn = await call(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data }, 'nn');
    expect(nn.problems.find((p) => p.row === 2)!.message).toBe(
      'Saka er i fasen Kunngjering, men rada har ein dato for Tildeling, som kjem seinare. Rett fasen eller fjern datoen.',
    );
    const en = await call(s, 'import.preview', { target: 'cases', fileName: 'saker.xlsx', data }, 'en');
    expect(en.problems.find((p) => p.row === 4)!.message).toBe(
      'The date for Contract notice (1 Dec 2026) is in the future. Write the date the case got there, not a planned date.',
    );
    expect(await refused(s, 'import.commit', { target: 'cases', fileName: 'saker.xlsx', data })).toMatchObject({
      message: '7 rader har feil. Ingenting er lagt inn; rett feilene i regnearket og prøv igjen.',
    });
  });

  it('accepts the phase by its name in any language, any case, or its code, and the date headings of every phase', async () => {
    const s = tempService();
    const heads = [
      'Saksnr.',
      'Tittel',
      'Avdeling',
      'Innkjøper',
      'Estimert verdi',
      'Type',
      'Status',
      'Kunngjort',
      'Award date',
      'Dato for kontraktsignering',
    ];
    const data = await xlsxBase64([
      heads,
      [
        '2026/921',
        'Sak A',
        'Eiendom',
        'Kari',
        1000,
        'Varer',
        'KONTRAKTSIGNERING',
        '01.02.2026',
        '01.03.2026',
        '02.03.2026',
      ],
      ['2026/922', 'Sak B', 'Eiendom', 'Kari', 1000, 'Varer', 'kontraktsoppfolging', '', '', ''],
      ['2026/923', 'Sak C', 'Eiendom', 'Kari', 1000, 'Varer', 'Standstill period', '', '', ''],
    ]);
    const rep = await call(s, 'import.preview', { target: 'cases', fileName: 'a.xlsx', data });
    expect(rep.mapping).toMatchObject({
      phase: 6,
      'phaseDate.kunngjoring': 7,
      'phaseDate.tildeling': 8,
      'phaseDate.kontraktsignering': 9,
    });
    expect(rep.unusedColumns).toEqual([]);
    expect(rep.preview.map((p) => p.values.phase)).toEqual([
      'kontraktsignering',
      'kontraktsoppfolging',
      'karensperiode',
    ]);
    expect(rep.problems).toEqual([]);
    await call(s, 'import.commit', { target: 'cases', fileName: 'a.xlsx', data });
    // Registered on the earliest date the row gives, when it gives no registration date.
    expect(ok(s, 'cases.get', { id: byNumber(s, '2026/921')!.id }).timeline.map((e) => [e.phase, e.date])).toEqual([
      ['behovsavklaring', '2026-02-01'],
      ['kunngjoring', '2026-02-01'],
      ['tildeling', '2026-03-01'],
      ['kontraktsignering', '2026-03-02'],
    ]);
  });
});

describe('the phase columns, derived from the phase code list', () => {
  it('has a date column for every phase, each heading pointing at one field only', () => {
    const cases = importFields.cases;
    for (const d of phaseDefs)
      expect(cases.find((f) => f.field === phaseDateField(d.code))?.headings).toEqual(phaseDateHeadings(d.code));
    const owner = new Map<string, string>();
    for (const f of cases)
      for (const h of f.headings.map(normalise)) {
        expect(owner.get(h) ?? f.field, `${h}`).toBe(f.field);
        owner.set(h, f.field);
      }
    // Every accepted heading is guessed as its phase's date, in any case.
    for (const d of phaseDefs)
      for (const h of phaseDateHeadings(d.code))
        expect(guessMapping('cases', ['Saksnr.', h.toUpperCase()])[phaseDateField(d.code)]).toBe(1);
    // A heading that merely contains a phase's words is not a phase date ("Planlagt dato tildeling").
    expect(guessMapping('cases', ['Planlagt dato tildeling'])['phaseDate.tildeling']).toBeNull();
  });

  it('reads a phase by its name in nb, nn or en in any case, or by its code, and nothing else', () => {
    const name = fc.constantFrom(
      ...phaseDefs.flatMap((d) => [d.nb, d.nn, d.en, d.code].map((w) => [w, d.code] as const)),
    );
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(
          (w: string) => w,
          (w: string) => w.toUpperCase(),
          (w: string) => w.toLowerCase(),
          (w: string) => `  ${w} `,
        ),
        ([w, code], f) => {
          expect(readCell('phase', f(w))).toEqual({ ok: true, value: code });
        },
      ),
    );
    expect(readCell('phase', 'Ferdig')).toMatchObject({
      ok: false,
      key: 'importUnknownPhase',
      params: { value: 'Ferdig' },
    });
    expect(readCell('phase', 'Kontrakt')).toMatchObject({ ok: false });
    expect(readCell('phase', '')).toEqual({ ok: true, value: undefined });
  });
});

describe('the phase dates as a rule', () => {
  const day = fc
    .integer({ min: 0, max: 800 })
    .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const phase = fc.constantFrom(...phaseDefs.map((d) => d.code).filter((p) => p !== 'avlyst'));
  const dates = fc.dictionary(fc.constantFrom(...phaseDefs.map((d) => d.code)), day, { maxKeys: 5 }) as fc.Arbitrary<
    Partial<Record<Phase, string>>
  >;
  const today = '2026-06-30';

  it('gives a timeline in phase order, dates never going back nor past today, ending in the phase given; else an issue on a column', () => {
    fc.assert(
      fc.property(
        phase,
        dates,
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        (p, given, reg, since) => {
          const r = rowTimeline({ phase: p, dates: given, since, registeredDate: reg, today });
          // "I fasen siden" is the phase's own date, when the row has none; when it has, they must agree.
          if (since !== undefined && given[p] !== undefined && given[p] !== since)
            expect(r.ok ? [] : r.issues.map((i) => i.field)).toContain('phaseSince');
          const d = since !== undefined && given[p] === undefined ? { ...given, [p]: since } : given;
          const later = Object.keys(d).filter((x) => phaseIndex(x as Phase) > phaseIndex(p));
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const x of later) expect(r.issues.map((i) => i.field)).toContain(`phaseDate.${x}`);
            return;
          }
          expect(since === undefined || given[p] === undefined || given[p] === since).toBe(true);
          expect(later).toEqual([]);
          let last = { i: 0, date: r.registeredDate ?? today };
          // A registration date in the future is the case's own rule's to refuse (insertCase); it leaves no room for a step.
          if (reg !== undefined && reg > today) expect(r.steps).toEqual([]);
          else expect(last.date <= today).toBe(true);
          for (const s of r.steps) {
            expect(phaseIndex(s.phase)).toBeGreaterThan(last.i);
            expect(s.date >= last.date && s.date <= today).toBe(true);
            last = { i: phaseIndex(s.phase), date: s.date };
          }
          if (p !== 'behovsavklaring') expect(r.steps.at(-1)!.phase).toBe(p);
          expect(r.datedToday === null).toBe(p === 'behovsavklaring' || d[p] !== undefined);
          // Every date the row gives for a phase passed is on the timeline.
          for (const [x, v] of Object.entries(d))
            if (x !== 'behovsavklaring') expect(r.steps).toContainEqual(expect.objectContaining({ phase: x, date: v }));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('importing the valid rows, leaving out the invalid', () => {
  it('imports the valid rows in one go, lists the rest, and gives them back as a spreadsheet with what is wrong', async () => {
    const s = tempService();
    ok(s, 'cases.create', {
      caseNumber: '2026/930',
      title: 'Finnes',
      department: 'Eiendom',
      buyer: 'Kari',
      estimatedValue: 1000,
      kind: 'varer',
    });
    const data = await xlsxBase64([
      HEAD,
      row('2026/931', 'Tildeling', '10.01.2026', '01.02.2026', '15.03.2026'),
      row('2026/932', 'Kunngjøring', '10.01.2026', '01.02.2026', '15.03.2026'),
      row('2026/930', 'Behovsavklaring', '10.01.2026'),
      row('2026/933', 'Kunngjøring', new Date(Date.UTC(2026, 0, 12)), '01.02.2026'),
    ]);
    const input = { target: 'cases', fileName: 'status.xlsx', data, leaveOutInvalid: true };
    const rejects = await call(s, 'import.rejects', input);
    expect(rejects.rows.map((r) => [r.row, r.errors])).toEqual([
      [
        3,
        'Rad 3: Tildelt: Saken er i fasen Kunngjøring, men raden har en dato for Tildeling, som kommer senere. Rett fasen eller fjern datoen.',
      ],
      [4, 'Rad 4: Saksnr.: 2026/930 finnes allerede i registeret; raden er ikke slått sammen med den.'],
    ]);
    const exporter = fileExporter(s, noPrinter, 'test');
    const file = await exporter('importRejects', input, 'nb', 'http://127.0.0.1/');
    if (!file.ok) throw new Error(JSON.stringify(file.body));
    expect(file.fileName).toBe('utelatte-rader-status.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Utelatte rader');
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([...HEAD, 'Feil']);
    expect(rows.slice(1).map((r) => r.slice(0, 11))).toEqual([
      row('2026/932', 'Kunngjøring', '10.01.2026', '01.02.2026', '15.03.2026'),
      row('2026/930', 'Behovsavklaring', '10.01.2026'),
    ]);
    expect(rows[1]![11]).toMatch(/^Rad 3: Tildelt: Saken er i fasen Kunngjøring/);

    const done = await call(s, 'import.commit', input);
    expect(done).toMatchObject({ imported: 2, leftOut: 1, skippedDuplicates: 1 });
    expect(byNumber(s, '2026/932')).toBeUndefined();
    expect(byNumber(s, '2026/931')).toMatchObject({ phase: 'tildeling' });
    expect(ok(s, 'cases.get', { id: byNumber(s, '2026/933')!.id }).timeline.map((e) => e.date)).toEqual([
      '2026-01-12',
      '2026-02-01',
    ]);
    expect(ok(s, 'audit.forRecord', { entity: 'case', id: byNumber(s, '2026/933')!.id })[0]).toMatchObject({
      method: 'import.commit',
    });
    // In English, the file and its words.
    const en = await exporter(
      'importRejects',
      { ...input, data: await xlsxBase64([HEAD, row('2026/999', 'Tildeling', '10.01.2026', '', '01.12.2026')]) },
      'en',
      'http://127.0.0.1/',
    );
    expect(en.ok && en.fileName).toBe('rows-left-out-status.xlsx');
  });

  it('says so when no row is valid, and imports nothing', async () => {
    const s = tempService();
    const data = await xlsxBase64([HEAD, row('2026/941', 'Ferdig', '10.01.2026')]);
    expect(
      await refused(s, 'import.commit', { target: 'cases', fileName: 'a.xlsx', data, leaveOutInvalid: true }),
    ).toMatchObject({ message: 'Ingen av radene er gyldige, så ingenting er lagt inn.' });
    expect(ok(s, 'cases.list', {}).total).toBe(0);
  });

  it('over any set of rows: imported and left out add up to every row, and no row is half-written', async () => {
    type Kind = 'good' | 'badAmount' | 'laterDate' | 'future' | 'dupInFile';
    const kinds = fc.array(fc.constantFrom<Kind>('good', 'good', 'badAmount', 'laterDate', 'future', 'dupInFile'), {
      minLength: 1,
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(kinds, fc.constantFrom('Kunngjøring', 'Tildeling', 'Kontraktsoppfølging'), async (ks, ph) => {
        const s = openService(tempDir(), { migrationsDir }, { today: () => TODAY, checkOutputs: true, log: () => {} });
        try {
          const rows = ks.map((k, i) => {
            const nr = k === 'dupInFile' && i > 0 ? '2026/1000' : `2026/${1000 + i}`;
            const r = row(nr, ph, '10.01.2026', '01.02.2026', ph === 'Kunngjøring' ? '' : '01.03.2026');
            if (k === 'badAmount') r[4] = 'mange penger';
            if (k === 'laterDate') r[7] = 'Behovsavklaring';
            if (k === 'future') r[8] = '01.12.2027';
            return r;
          });
          const data = await xlsxBase64([HEAD, ...rows]);
          const input = { target: 'cases', fileName: 'p.xlsx', data, leaveOutInvalid: true };
          const rep = await call(s, 'import.preview', input);
          const rejects = await call(s, 'import.rejects', input);
          expect(rejects.rows.length).toBe(rep.problemRows + rep.duplicateRows);
          expect(rep.ready + rep.problemRows + rep.duplicateRows).toBe(rows.length);
          const r = await s.call('import.commit', input, 'nb');
          const imported = r.ok ? (r.value as Output<'import.commit'>).imported : 0;
          expect(imported).toBe(rep.ready);
          if (r.ok)
            expect(
              (r.value as Output<'import.commit'>).leftOut +
                (r.value as Output<'import.commit'>).skippedDuplicates +
                imported,
            ).toBe(rows.length);
          const list = ok(s, 'cases.list', { limit: 100 });
          expect(list.total).toBe(imported);
          // The rows left out are exactly those not in the register.
          const left = new Set(rejects.rows.map((x) => x.row));
          const inRegister = new Set(list.items.map((c) => c.caseNumber));
          rows.forEach((cells, i) => {
            if (!left.has(i + 2)) expect(inRegister.has(cells[0] as string)).toBe(true);
          });
          // Every case in whole: its timeline runs to the phase it is in, and nothing else was written.
          const events = s.database.sqlite.prepare('SELECT count(*) AS n FROM case_events').get() as { n: number };
          const perCase = ph === 'Kunngjøring' ? 2 : ph === 'Tildeling' ? 3 : 4;
          expect(events.n).toBe(imported * perCase);
          for (const c of list.items)
            expect(c.phase).toBe(
              ph === 'Kunngjøring' ? 'kunngjoring' : ph === 'Tildeling' ? 'tildeling' : 'kontraktsoppfolging',
            );
        } finally {
          s.database.close();
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
