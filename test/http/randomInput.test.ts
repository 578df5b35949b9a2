import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  BUNDLE_MAX_JSON_BYTES,
  bundleTables,
  CaseFieldsSchema,
  dialogueForms,
  methods,
  phases,
  SupplierFieldsSchema,
  TERMINAL_PHASES,
  transitionProblem,
  XLSX_MAX_PART_BYTES,
} from '../../core/index.js';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import type { Service } from '../../service/service.js';
import { asBundle, bundleFile, gzipped, openBundle } from '../helpers/bundles.js';
import { asBase64, rawXlsx } from '../helpers/sheets.js';
import { ok, sampleCase, sampleSupplier, tempService, TODAY } from '../helpers/tempService.js';

// Random payloads, some near-valid, thrown at every method over real HTTP;
// then the database must hold only rows a valid call could have written.
describe('random input over HTTP', () => {
  let h: HttpHost;
  let service: Service;
  beforeAll(async () => {
    service = tempService();
    h = await startHttpHost({ service });
  });
  afterAll(() => h.close());

  const nearValidCase = fc.record(
    {
      caseNumber: fc.oneof(
        fc.constant('2026/77'),
        fc.string(),
        fc.integer().map((n) => `2026/${n}`),
      ),
      title: fc.oneof(fc.string(), fc.constant('Skolemøbler')),
      department: fc.oneof(fc.string(), fc.constant('Eiendom')),
      buyer: fc.oneof(fc.string(), fc.constant('Ola')),
      estimatedValue: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(250_000)),
      kind: fc.oneof(fc.constant('varer'), fc.string()),
      themes: fc.oneof(fc.array(fc.constantFrom('klima_miljo', 'innovasjon', 'x')), fc.anything()),
      registeredDate: fc.oneof(fc.constant('2026-01-05'), fc.string(), fc.constant('2026-02-30')),
      id: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string()),
      version: fc.integer({ min: -1, max: 4 }),
      phase: fc.oneof(fc.constantFrom(...phases), fc.string()),
      date: fc.oneof(fc.constant(TODAY), fc.constant('2025-01-01'), fc.string()),
      note: fc.string(),
      orgnr: fc.oneof(fc.constant('974760673'), fc.constant('701730496'), fc.string()),
      name: fc.oneof(fc.constant('Leverandør AS'), fc.string()),
      caseId: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.string()),
      dialogueId: fc.integer({ min: 0, max: 4 }),
      form: fc.oneof(fc.constantFrom(...dialogueForms), fc.string()),
      suppliers: fc.oneof(
        fc.array(fc.record({ supplierId: fc.integer({ min: 0, max: 3 }), attended: fc.boolean() }), { maxLength: 3 }),
        fc.anything(),
      ),
      askedBy: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
      question: fc.oneof(fc.constant('Spørsmål?'), fc.string()),
      answer: fc.oneof(fc.constant(''), fc.constant('Svar.'), fc.string()),
      answeredDate: fc.oneof(fc.constant(null), fc.constant('2026-01-10'), fc.constant('2025-12-31'), fc.string()),
      sharedDate: fc.oneof(fc.constant('2026-01-11'), fc.constant('2026-01-09'), fc.string()),
      how: fc.oneof(fc.constant('E-post til alle'), fc.string()),
      minutesConfidential: fc.oneof(fc.constant(null), fc.constant('foa_7_4'), fc.string()),
      supplierIds: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
      keepId: fc.integer({ min: 0, max: 3 }),
      keepVersion: fc.integer({ min: 0, max: 3 }),
      mergeId: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: [] },
  );
  const payload = fc.oneof(nearValidCase, fc.anything(), fc.jsonValue());

  it('never answers 500, and leaves only valid rows', async () => {
    const post = (m: string, b: unknown) =>
      fetch(`${h.url}/rpc/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
        body: JSON.stringify(b),
      });
    await post('cases.create', sampleCase());
    await post('cases.create', sampleCase({ caseNumber: '2026/2', procedure: 'dialog' }));
    await post('suppliers.create', sampleSupplier());
    await post('dialogues.create', {
      caseId: 1,
      form: 'en_til_en',
      date: '2026-01-05',
      title: 'Møte',
      suppliers: [{ supplierId: 1 }],
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods.filter((m) => m !== 'demo.seed')), payload, async (method, body) => {
        let text: string;
        try {
          text = JSON.stringify(body) ?? 'null';
        } catch {
          text = '{}';
        }
        const res = await fetch(`${h.url}/rpc/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
          body: text,
        });
        expect(res.status).not.toBe(500);
        expect([200, 400, 404, 409]).toContain(res.status);
        await res.arrayBuffer();
      }),
      { numRuns: 800 },
    );

    expectOnlyValidRows(service);
  });

  // Files for the methods that read them (spreadsheet import, bundles): random bytes, near-valid files with
  // random changes, and files made to hurt (zip and gzip bombs, unclosed tags, huge cell references,
  // non-JSON, rings of merged suppliers). Each must get 200 or a refusal in words, never 500.
  it('reads random and hostile files without a 500, keeping only valid rows', async () => {
    // A real register to make bundles from, and the bombs, made once.
    const other = tempService();
    ok(other, 'demo.seed', { cases: 12 });
    const base = openBundle(bundleFile(other));
    const xlsxBomb = asBase64(
      rawXlsx(new Uint8Array(0), { 'xl/sharedStrings.xml': new Uint8Array(XLSX_MAX_PART_BYTES + 1_000_000) }),
    );
    const gzipBomb = gzipSync(Buffer.alloc(BUNDLE_MAX_JSON_BYTES + 16_000_000), { level: 9 }).toString('base64');

    const piece = fc.constantFrom(
      '<row>',
      '</row>',
      '<row r="2">',
      '<c r="A2" t="inlineStr"><is><t>2026/5</t></is></c>',
      '<c r="B2" t="s"><v>0</v></c>',
      '<c r="ZZZZZZZ2">',
      '<c r="XFD2"><v>1</v></c>',
      '<c r="A99999999">',
      '<c>',
      '</c>',
      '<v>',
      '12',
      '</v>',
      '<is><t>',
      'Skolemøbler',
      '"',
      '>',
      '<!--',
      '<![CDATA[',
      '&#99999999;',
      '&amp;',
    );
    const heading =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Saksnr.</t></is></c><c r="B1" t="inlineStr"><is><t>Tittel</t></is></c></row>';
    const sheet = fc
      .array(piece, { maxLength: 40 })
      .map((p) => `<worksheet><sheetData>${heading}${p.join('')}</sheetData></worksheet>`);
    // The large hostile files weigh little: each costs a second to refuse, and a few are enough.
    const rare = <T>(a: fc.Arbitrary<T>) => ({ arbitrary: a, weight: 1 });
    const often = <T>(a: fc.Arbitrary<T>) => ({ arbitrary: a, weight: 8 });
    const xlsx = fc.oneof(
      often(sheet.map((x) => asBase64(rawXlsx(x)))),
      often(
        fc
          .tuple(sheet, fc.array(piece, { maxLength: 20 }))
          .map(([x, ss]) => asBase64(rawXlsx(x, { 'xl/sharedStrings.xml': `<sst><si><t>${ss.join('')}` }))),
      ),
      rare(fc.constant(asBase64(rawXlsx(`<worksheet><sheetData>${heading}${'<row>'.repeat(300_000)}`)))),
      rare(fc.constant(xlsxBomb)),
      often(fc.uint8Array({ maxLength: 200 }).map(asBase64)),
    );
    const csv = fc
      .oneof(
        often(fc.string({ maxLength: 300 })),
        rare(fc.constant(`Saksnummer;Tittel\n${'2026/1;Skolemøbler\n'.repeat(60_000)}`)),
      )
      .map((t) => Buffer.from(t).toString('base64'));
    const importFile = fc
      .record({
        target: fc.constantFrom('cases', 'suppliers'),
        file: fc.oneof(
          xlsx.map((data) => ({ fileName: 'ark.xlsx', data })),
          csv.map((data) => ({ fileName: 'ark.csv', data })),
        ),
        mapping: fc.option(
          fc.dictionary(
            fc.constantFrom('caseNumber', 'title', 'orgnr', 'name', 'x'),
            fc.option(fc.integer({ min: 0, max: 600 })),
          ),
          { nil: undefined },
        ),
        skipDuplicates: fc.boolean(),
      })
      .map(({ target, file, mapping, skipDuplicates }) => ({
        target,
        ...file,
        ...(mapping ? { mapping } : {}),
        skipDuplicates,
      }));

    /** A bundle with one value somewhere replaced, a key dropped, or two suppliers merged into each other. */
    const changedBundle = fc
      .record({
        table: fc.constantFrom(...bundleTables),
        n: fc.nat(),
        k: fc.nat(),
        part: fc.constantFrom('row', 'child', 'audit', 'uid', 'drop', 'ring'),
        value: fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(null, '', 'x\ny', -1, 1e300, '2026-02-30', 'ffffffffffffffffffffffffffffffff', '[not json'),
        ),
      })
      .map(({ table, n, k, part, value }) => {
        const env = structuredClone(base);
        const recs = env.tables[table] ?? [];
        const rec = recs[n % Math.max(recs.length, 1)];
        if (!rec) return asBundle(env);
        const pick = (o: Record<string, unknown>) => Object.keys(o)[k % Math.max(Object.keys(o).length, 1)];
        if (part === 'row') rec.row[pick(rec.row)!] = value;
        else if (part === 'uid') rec.uid = value;
        else if (part === 'drop') delete rec.row[pick(rec.row)!];
        else if (part === 'audit')
          rec.audit.push({ at: '2026-01-01T00:00:00.000Z', by: 'x', method: 'cases.update', changes: value });
        else if (part === 'ring' && env.tables.suppliers?.length > 1) {
          const [a, b] = env.tables.suppliers;
          a.row.merged_into = b.uid;
          b.row.merged_into = a.uid;
        } else {
          const kids = Object.values(rec.children as Record<string, Record<string, unknown>[]>).flat();
          const kid = kids[k % Math.max(kids.length, 1)];
          if (kid) kid[pick(kid)!] = value;
        }
        return asBundle(env);
      });
    const bundle = fc.oneof(
      { arbitrary: changedBundle, weight: 16 },
      rare(fc.constant({ fileName: 'bombe.anskaff', data: gzipBomb })),
      often(fc.uint8Array({ maxLength: 200 }).map((b) => ({ fileName: 'x.anskaff', data: asBase64(b) }))),
      often(fc.jsonValue().map((j) => gzipped(JSON.stringify(j) ?? 'null'))),
      often(fc.string().map((t) => gzipped(t))),
    );
    const bundleCall = fc
      .tuple(
        fc.constantFrom('bundle.preview', 'bundle.import'),
        bundle,
        fc.dictionary(fc.string(), fc.constantFrom('keep', 'theirs')),
      )
      .map(([method, file, decisions]) => ({
        method,
        body: method === 'bundle.import' ? { ...file, decisions } : file,
      }));
    const call = fc.oneof(
      importFile.chain((body) =>
        fc.constantFrom('import.preview', 'import.commit').map((method) => ({ method, body })),
      ),
      bundleCall,
    );

    await fc.assert(
      fc.asyncProperty(call, async ({ method, body }) => {
        const res = await fetch(`${h.url}/rpc/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
          body: JSON.stringify(body),
        });
        const answer = await res.text();
        expect(res.status, `${method}: ${answer.slice(0, 300)}`).not.toBe(500);
        expect([200, 400, 404, 409]).toContain(res.status);
      }),
      { numRuns: 150 },
    );
    // The register still answers, and holds only what valid files could have brought.
    expect(
      (
        await fetch(`${h.url}/rpc/cases.list`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
          body: '{}',
        })
      ).status,
    ).toBe(200);
    expectOnlyValidRows(service);
  }, 300_000);
});

/** The register holds only rows a valid call could have written. */
function expectOnlyValidRows(service: Service) {
  const db = service.database.sqlite;
  const rows = db
    .prepare(
      'SELECT id, case_number AS caseNumber, title, description, department, need_owner AS needOwner, buyer, estimated_value AS estimatedValue, kind, procedure, planned_notice_date AS plannedNoticeDate, planned_award_date AS plannedAwardDate, planned_contract_start AS plannedContractStart, phase FROM cases',
    )
    .all() as Record<string, unknown>[];
  expect(rows.length).toBeGreaterThan(0);
  for (const { id, phase, ...fields } of rows) {
    const themes = (db.prepare('SELECT theme FROM case_themes WHERE case_id = ?').all(id) as { theme: string }[]).map(
      (t) => t.theme,
    );
    expect(CaseFieldsSchema.safeParse({ ...fields, themes }).success).toBe(true);
    const events = db
      .prepare('SELECT phase, date, note FROM case_events WHERE case_id = ? ORDER BY date, id')
      .all(id) as { phase: string; date: string; note: string }[];
    expect(events[0]!.phase).toBe('behovsavklaring');
    expect(events.at(-1)!.phase).toBe(phase);
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      expect(TERMINAL_PHASES.includes(a.phase as never)).toBe(false);
      expect(
        transitionProblem({
          from: a.phase as never,
          to: b.phase as never,
          date: b.date,
          note: b.note,
          lastEventDate: a.date,
          today: TODAY,
        }),
      ).toBeNull();
    }
  }
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // Suppliers: valid fields, one live record per organisation number.
  const sup = db
    .prepare(
      'SELECT orgnr, name, address, postal_code AS postalCode, city, notes, notes_confidential AS notesConfidential FROM suppliers',
    )
    .all() as Record<string, unknown>[];
  for (const row of sup) expect(SupplierFieldsSchema.safeParse(row).success).toBe(true);
  // No answer is shared before it was given; rounds only in competitive dialogue.
  const badShares = db
    .prepare(
      "SELECT count(*) AS n FROM dialogue_items WHERE shared_date IS NOT NULL AND (answer = '' OR answered_date IS NULL OR shared_date < answered_date)",
    )
    .get();
  expect(badShares).toEqual({ n: 0 });
  const badRounds = db
    .prepare(
      "SELECT count(*) AS n FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.form = 'dialogrunde' AND coalesce(c.procedure, '') <> 'dialog'",
    )
    .get();
  expect(badRounds).toEqual({ n: 0 });
  // The counter the list's total comes from agrees with the rows.
  const counted = db.prepare('SELECT archived, count(*) AS n FROM cases GROUP BY archived').all() as {
    archived: number;
    n: number;
  }[];
  const kept = db.prepare('SELECT archived, n FROM case_counts WHERE n > 0 ORDER BY archived').all();
  expect(kept).toEqual(counted.sort((a, b) => a.archived - b.archived));
  // Every history entry reads as changes, and one from another PC names its import.
  for (const r of db.prepare('SELECT changes, import_id AS importId FROM audit_log').all() as {
    changes: string;
    importId: number | null;
  }[]) {
    expect(Array.isArray(JSON.parse(r.changes))).toBe(true);
  }
  expect(
    db
      .prepare(
        'SELECT count(*) AS n FROM audit_log a WHERE a.import_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_imports i WHERE i.id = a.import_id)',
      )
      .get(),
  ).toEqual({ n: 0 });
  // Derived columns agree with what they derive from.
  expect(
    db
      .prepare(
        'SELECT count(*) AS n FROM cases c WHERE c.phase <> (SELECT e.phase FROM case_events e WHERE e.case_id = c.id ORDER BY e.date DESC, e.id DESC LIMIT 1)',
      )
      .get(),
  ).toEqual({ n: 0 });
  // No ring of merged suppliers.
  const into = new Map(
    (db.prepare('SELECT id, merged_into AS m FROM suppliers').all() as { id: number; m: number | null }[]).map((r) => [
      r.id,
      r.m,
    ]),
  );
  for (const start of into.keys()) {
    const seen = new Set<number>();
    for (let at: number | null | undefined = start; at; at = into.get(at)) {
      expect(seen.has(at)).toBe(false);
      seen.add(at);
    }
  }
}
