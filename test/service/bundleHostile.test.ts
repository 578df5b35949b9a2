import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_MAX_JSON_BYTES, norwegianSortKey } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { asBundle, bundleFile, gzipped, openBundle } from '../helpers/bundles.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Bundles made to hurt the register: each is refused in words, as a 400,
// with nothing imported; never a 500, never a crash.

async function attempt(
  s: Service,
  method: 'bundle.preview' | 'bundle.import',
  file: { fileName: string; data: string },
) {
  const started = performance.now();
  const r = await s.call(method, file, 'nb');
  return {
    ms: performance.now() - started,
    status: r.status,
    value: r.ok ? r.value : undefined,
    error: r.ok ? undefined : r.body.error,
  };
}

const counts = (s: Service) =>
  s.database.sqlite
    .prepare(
      'SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM suppliers) AS suppliers, (SELECT count(*) FROM audit_log) AS audit',
    )
    .get();

function withCase() {
  const a = tempService();
  const sup = ok(a, 'suppliers.create', sampleSupplier());
  const c = ok(a, 'cases.create', sampleCase({ caseNumber: '2026/700', title: 'Skolemøbler' }));
  ok(a, 'dialogues.create', {
    caseId: c.id,
    form: 'en_til_en',
    date: '2026-09-05',
    title: 'Møte',
    suppliers: [{ supplierId: sup.id }],
  });
  return { a, file: bundleFile(a) };
}

describe('hostile bundles', () => {
  it('caps what the gzip inflates to, and says so in words (half a megabyte of zeros is half a gigabyte)', async () => {
    const b = tempService();
    const bomb = {
      fileName: 'bombe.anskaff',
      data: gzipSync(Buffer.alloc(BUNDLE_MAX_JSON_BYTES + 64 * 1024 * 1024), {
        level: constants.Z_BEST_COMPRESSION,
      }).toString('base64'),
    };
    expect(Buffer.from(bomb.data, 'base64').length).toBeLessThan(600_000);
    const r = await attempt(b, 'bundle.preview', bomb);
    expect(r).toMatchObject({
      status: 400,
      error: {
        code: 'invalid_input',
        message: 'Pakken bombe.anskaff blir for stor når den pakkes ut (over 256 MB). Lag en pakke med færre saker.',
      },
    });
  });

  it('calls a file that is not gzip, not JSON or not shaped as a bundle unreadable (400), never a 500', async () => {
    const b = tempService();
    const { file } = withCase();
    const env = openBundle(file);
    const shapes: [string, unknown][] = [
      ['tables er en liste', { ...env, tables: [] }],
      ['tabellen er tekst', { ...env, tables: { cases: 'x' } }],
      ['posten er null', { ...env, tables: { cases: [null] } }],
      ['posten mangler row', { ...env, tables: { cases: [{ uid: 'a'.repeat(32), children: {}, audit: [] }] } }],
      ['row er null', { ...env, tables: { cases: [{ ...env.tables.cases[0], row: null }] } }],
      ['children er et tall', { ...env, tables: { cases: [{ ...env.tables.cases[0], children: 5 }] } }],
      [
        'barnetabellen er tekst',
        { ...env, tables: { cases: [{ ...env.tables.cases[0], children: { case_events: 'x' } }] } },
      ],
      ['historikken er tekst', { ...env, tables: { cases: [{ ...env.tables.cases[0], audit: 'x' }] } }],
      ['versjonen er tekst', { ...env, version: 'x', schemaVersion: 'y' }],
      ['uten tables', { ...env, tables: undefined }],
      ['et tall', 42],
      ['null', null],
    ];
    for (const [why, body] of [
      ...shapes.map(([w, e]) => [w, asBundle(e as object)] as const),
      ['ikke gzip', { fileName: 'rot.anskaff', data: Buffer.from('not gzip at all').toString('base64') }] as const,
      ['ikke JSON', gzipped('{"format": "anskaff-bundle", ')] as const,
    ]) {
      for (const method of ['bundle.preview', 'bundle.import'] as const) {
        const r = await attempt(b, method, body);
        expect(r.status, `${why}: ${JSON.stringify(r.error)}`).toBe(400);
        expect(r.error?.message, why).toMatch(/er ikke en Anskaff-pakke, eller den er skadet\.$/);
      }
    }
    expect(counts(b)).toEqual({ cases: 0, suppliers: 0, audit: 0 });
  });

  it('lets only the tables a bundle carries reach SQL: any other name is refused in words', async () => {
    const b = tempService();
    const { file } = withCase();
    const env = openBundle(file);
    for (const name of ['x"); DROP TABLE cases; --', 'audit_log', 'settings', 'sqlite_master']) {
      const kase = env.tables.cases[0];
      const bad = {
        ...env,
        tables: { ...env.tables, cases: [{ ...kase, children: { ...kase.children, [name]: [{ a: 1 }] } }] },
      };
      const r = await attempt(b, 'bundle.preview', asBundle(bad));
      expect(r.status, name).toBe(400);
      expect(r.error?.message, name).toContain(name.slice(0, 40));
      const root = { ...env, tables: { ...env.tables, [name]: [] } };
      expect((await attempt(b, 'bundle.preview', asBundle(root))).status, name).toBe(400);
    }
    expect(b.database.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'cases'").get()).toEqual({
      n: 1,
    });
  });
});

describe('every record of a bundle is checked before anything is written', () => {
  /** A bundle with one record changed by `change`, refused with a message that names the record and the field. */
  async function refused(change: (env: ReturnType<typeof openBundle>) => void, message: RegExp) {
    const { file } = withCase();
    const env = openBundle(file);
    change(env);
    const b = tempService();
    for (const method of ['bundle.preview', 'bundle.import'] as const) {
      const r = await attempt(b, method, asBundle(env));
      expect(r.status, `${method}: ${JSON.stringify(r.error ?? r.value)}`).toBe(400);
      expect(r.error?.message).toMatch(/^Pakken endret\.anskaff kan ikke importeres: .*Ingenting er importert\.$/);
      expect(r.error?.message).toMatch(message);
    }
    expect(counts(b)).toEqual({ cases: 0, suppliers: 0, audit: 0 });
  }

  it('refuses a value the contract would refuse, naming the record and the field', async () => {
    await refused(
      (e) => (e.tables.cases[0].row.kind = 'våpen'),
      /saken 2026\/700 Skolemøbler \(nr\. 1 i pakken\), feltet «kind»: Ugyldig valg\./,
    );
    await refused((e) => (e.tables.cases[0].row.title = 'To\nlinjer'), /feltet «title»: Kan ikke ha linjeskift\./);
    await refused(
      (e) => (e.tables.cases[0].row.registered_date = '2026-02-30'),
      /feltet «registered_date»: Må være en gyldig dato/,
    );
    await refused((e) => (e.tables.cases[0].row.estimated_value = -5), /feltet «estimated_value»: Må være minst 0\./);
    await refused(
      (e) => (e.tables.cases[0].row.climate_requirements = 'ja'),
      /feltet «climate_requirements»: Ugyldig valg\./,
    );
    await refused(
      (e) => (e.tables.cases[0].children.case_events[0].phase = 'hemmelig'),
      /saken 2026\/700 Skolemøbler \(nr\. 1 i pakken\), fasehendelse nr\. 1, feltet «phase»: Ugyldig valg\./,
    );
    await refused((e) => (e.tables.suppliers[0].row.orgnr = '123456789'), /leverandøren .* feltet «orgnr»/);
    await refused(
      (e) => (e.tables.dialogues[0].row.minutes_confidential = 'fordi'),
      /dialogaktiviteten .* feltet «minutes_confidential»: Ugyldig valg\./,
    );
    await refused((e) => (e.tables.cases[0].row.title = undefined), /feltet «title»: Må fylles ut\./);
  });

  it('checks goals, years, JSON columns and the timeline as the service would', async () => {
    const strategy = (
      e: ReturnType<typeof openBundle>,
      change: (row: Record<string, unknown>, goal: Record<string, unknown>) => void,
    ) => {
      const row = {
        uid: 'a'.repeat(32),
        title: 'Innkjøpsstrategi',
        from_year: 2025,
        to_year: 2028,
        adopted_date: null,
        adopted_by: '',
      };
      const goal = { seq: 0, theme: 'klima_miljo', measure: 'climate_share', target: 0.5, title: '' };
      change(row, goal);
      e.tables.strategies = [{ uid: row.uid, row, children: { strategy_goals: [goal] }, audit: [] }];
    };
    await refused(
      (e) => strategy(e, (_, g) => (g.measure = 'fantasi')),
      /strategien Innkjøpsstrategi \(nr\. 1 i pakken\), mål nr\. 1, feltet «measure»: Ugyldig valg\./,
    );
    await refused((e) => strategy(e, (r) => (r.from_year = 1066)), /feltet «from_year»: Må være minst 2000\./);
    await refused(
      (e) => strategy(e, (r) => (r.to_year = 2020)),
      /feltet «to_year»: Perioden må slutte samme år som den begynner eller senere\./,
    );
    await refused(
      (e) => (e.tables.cases[0].children.case_protocols = [{ participants: '{not json', lots_reason: '' }]),
      /protokoll nr\. 1, feltet «participants»: Ugyldig verdi\./,
    );
    await refused(
      (e) => (e.tables.cases[0].children.case_protocols = [{ participants: '[{"name": 5}]' }]),
      /feltet «participants»/,
    );
    await refused(
      (e) =>
        e.tables.cases[0].children.case_events.push({
          phase: 'avlyst',
          from_phase: 'behovsavklaring',
          date: '2026-10-01',
          note: '',
          override_reason: null,
          created_at: '2026-10-01T10:00:00.000Z',
        }),
      /feltet «case_events»: Skriv hvorfor saken avlyses\./,
    );
    await refused(
      (e) =>
        e.tables.cases[0].children.case_events.push({
          phase: 'kunngjoring',
          from_phase: 'tildeling',
          date: '2026-10-01',
          note: '',
          override_reason: null,
          created_at: '2026-10-01T10:00:00.000Z',
        }),
      /feltet «case_events»: Fasen før stemmer ikke med hendelsen foran\./,
    );
    await refused(
      (e) => (e.tables.cases[0].children.case_themes = [{ theme: 'klima_miljo' }, { theme: 'klima_miljo' }]),
      /tema nr\. 2, feltet «theme»: Står flere ganger i pakken\./,
    );
  });

  it('refuses a reference to a record neither in the bundle nor in the register, and a history entry that is not one', async () => {
    await refused(
      (e) => (e.tables.dialogues[0].row.case_id = 'f'.repeat(32)),
      /dialogaktiviteten .*, feltet «case_id»: Viser til noe som verken er i pakken eller i dette registeret\./,
    );
    await refused(
      (e) => (e.tables.dialogues[0].children.dialogue_suppliers[0].supplier_id = 'e'.repeat(32)),
      /deltaker nr\. 1, feltet «supplier_id»: Viser til noe/,
    );
    await refused(
      (e) =>
        (e.tables.cases[0].audit = [
          { at: '2026-01-01T00:00:00.000Z', by: 'X', method: 'cases.update', changes: 'not json' },
        ]),
      /historikkoppføring nr\. 1, feltet «changes»: Ugyldig verdi\./,
    );
    await refused(
      (e) => (e.tables.cases[0].audit = [{ at: 'i går', by: 'X', method: 'cases.update', changes: '[]' }]),
      /feltet «at»/,
    );
    await refused((e) => (e.tables.cases[0].uid = e.tables.cases[0].row.uid = 'NOT-A-UID'), /feltet «uid»/);
    await refused(
      (e) => e.tables.cases.push(e.tables.cases[0]),
      /saken 2026\/700 Skolemøbler \(nr\. 2 i pakken\), feltet «uid»: Står flere ganger i pakken\./,
    );
  });
});

describe('what a bundle may not decide', () => {
  it('gives imported records local ids: a row that brings its own id is refused', async () => {
    const { file } = withCase();
    const b = tempService();
    const env = openBundle(file);
    env.tables.cases[0].row.id = 999;
    expect((await attempt(b, 'bundle.import', asBundle(env))).error?.message).toMatch(
      /saken 2026\/700 Skolemøbler \(nr\. 1 i pakken\), feltet «id»: Ukjent felt: id\./,
    );
    const env2 = openBundle(file);
    env2.tables.cases[0].children.case_events[0].id = 5;
    expect((await attempt(b, 'bundle.import', asBundle(env2))).error?.message).toMatch(
      /fasehendelse nr\. 1, feltet «id»: Ukjent felt: id\./,
    );
    expect(counts(b)).toEqual({ cases: 0, suppliers: 0, audit: 0 });
  });

  it("recomputes what follows from the records (phase, sort keys, year, version) instead of taking the file's word", async () => {
    const { file } = withCase();
    const env = openBundle(file);
    Object.assign(env.tables.cases[0].row, {
      phase: 'kontraktsignering',
      phase_since: '2020-01-01',
      case_number_sort: 'zzz',
      title_sort: 'zzz',
      registered_year: 1999,
      award_date: '2020-01-01',
      version: 42,
    });
    Object.assign(env.tables.suppliers[0].row, { name_sort: '000', version: 9 });
    const b = tempService();
    const done = await attempt(b, 'bundle.import', asBundle(env));
    expect(done.status, JSON.stringify(done.error)).toBe(200);
    const row = b.database.sqlite
      .prepare(
        'SELECT id, phase, phase_since, case_number_sort, title_sort, registered_year, award_date, version FROM cases',
      )
      .get();
    expect(row).toEqual({
      id: 1,
      phase: 'behovsavklaring',
      phase_since: '2026-09-01',
      case_number_sort: '2026/000700',
      title_sort: norwegianSortKey('Skolemøbler'),
      registered_year: 2026,
      award_date: null,
      version: 1,
    });
    expect(b.database.sqlite.prepare('SELECT name_sort, version FROM suppliers').get()).toEqual({
      name_sort: norwegianSortKey('Grønn Mobilitet AS'),
      version: 1,
    });
    // The list, its filters and the counters see the case as it is.
    expect(ok(b, 'cases.list', { phase: 'behovsavklaring' }).total).toBe(1);
    expect(ok(b, 'cases.list', { phase: 'kontraktsignering' }).total).toBe(0);
  });

  it('refuses a protocol marked final that lacks what finalising requires', async () => {
    const { a, file: _f } = withCase();
    const id = ok(a, 'cases.list', {}).items[0]!.id;
    ok(a, 'protocol.save', { caseId: id, version: 0, notes: 'Utkast' });
    const env = openBundle(bundleFile(a));
    env.tables.cases[0].children.case_protocols[0].finalised_at = '2026-10-01T10:00:00.000Z';
    env.tables.cases[0].children.case_protocols[0].finalised_by = 'Noen';
    const b = tempService();
    const r = await attempt(b, 'bundle.import', asBundle(env));
    expect(r).toMatchObject({
      status: 400,
      error: {
        message: expect.stringMatching(
          /^Pakken endret\.anskaff kan ikke importeres: protokollen for sak 2026\/700 er merket ferdigstilt, men mangler .+\. Ingenting er importert\.$/,
        ),
      },
    });
    expect(counts(b)).toEqual({ cases: 0, suppliers: 0, audit: 0 });
  });
});

describe('merged suppliers in a bundle', () => {
  const supplierRow = (uid: string, orgnr: string, name: string, mergedInto: string | null) => ({
    uid,
    row: {
      uid,
      orgnr,
      name,
      name_sort: name,
      address: '',
      postal_code: '',
      city: '',
      notes: '',
      notes_confidential: null,
      merged_into: mergedInto,
      merged_at: mergedInto ? '2026-01-01T00:00:00.000Z' : null,
      version: 1,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    },
    children: { supplier_contacts: [] },
    audit: [],
  });
  const envelope = (suppliers: unknown[]) => ({
    format: 'anskaff-bundle',
    version: 1,
    schemaVersion: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    exportedBy: 'Kari',
    scope: 'all',
    tables: { suppliers },
  });
  const uid = (n: number) => n.toString(16).padStart(32, '0');

  it('refuses a ring of merges, which would hide every supplier in it', async () => {
    const b = tempService();
    const r = await attempt(
      b,
      'bundle.preview',
      asBundle(
        envelope([
          supplierRow(uid(1), '974760673', 'Alfa AS', uid(2)),
          supplierRow(uid(2), '974760673', 'Beta AS', uid(1)),
        ]),
      ),
    );
    expect(r).toMatchObject({
      status: 400,
      error: {
        message:
          'Pakken endret.anskaff kan ikke importeres: leverandøren 974760673 Alfa AS (nr. 1 i pakken), feltet «merged_into»: Leverandørene Alfa AS, Beta AS er slått sammen med hverandre i ring. Ingenting er importert.',
      },
    });
  });

  it('reads a long chain of merges in linear time', async () => {
    // Records of one company, each merged into the next, the last one live: four times as many take about four times as long (a search per record took sixteen).
    const timeFor = async (n: number) => {
      const b = tempService();
      const chain = Array.from({ length: n }, (_, i) =>
        supplierRow(uid(i + 1), '974760673', `Firma ${i}`, i + 1 < n ? uid(i + 2) : null),
      );
      const r = await attempt(b, 'bundle.preview', asBundle(envelope(chain)));
      expect(r.status, JSON.stringify(r.error)).toBe(200);
      expect(
        (r.value as { counts: { table: string; new: number }[] }).counts.find((c) => c.table === 'suppliers')!.new,
      ).toBe(n);
      return r.ms;
    };
    await timeFor(2_000);
    const small = await timeFor(10_000);
    const large = await timeFor(40_000);
    expect(large / small).toBeLessThan(8);
  });
});
