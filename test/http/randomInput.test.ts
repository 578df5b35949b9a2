import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFieldsSchema, dialogueForms, methods, phases, SupplierFieldsSchema, TERMINAL_PHASES, transitionProblem } from '../../core/index.js';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import type { Service } from '../../service/service.js';
import { sampleCase, sampleSupplier, tempService, TODAY } from '../helpers/tempService.js';

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
      caseNumber: fc.oneof(fc.constant('2026/77'), fc.string(), fc.integer().map((n) => `2026/${n}`)),
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
      suppliers: fc.oneof(fc.array(fc.record({ supplierId: fc.integer({ min: 0, max: 3 }), attended: fc.boolean() }), { maxLength: 3 }), fc.anything()),
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
    const post = (m: string, b: unknown) => fetch(`${h.url}/rpc/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` }, body: JSON.stringify(b) });
    await post('cases.create', sampleCase());
    await post('cases.create', sampleCase({ caseNumber: '2026/2', procedure: 'dialog' }));
    await post('suppliers.create', sampleSupplier());
    await post('dialogues.create', { caseId: 1, form: 'en_til_en', date: '2026-01-05', title: 'Møte', suppliers: [{ supplierId: 1 }] });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods.filter((m) => m !== 'demo.seed')), payload, async (method, body) => {
        let text: string;
        try {
          text = JSON.stringify(body) ?? 'null';
        } catch {
          text = '{}';
        }
        const res = await fetch(`${h.url}/rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` }, body: text });
        expect(res.status).not.toBe(500);
        expect([200, 400, 404, 409]).toContain(res.status);
        await res.arrayBuffer();
      }),
      { numRuns: 800 },
    );

    const db = service.database.sqlite;
    const rows = db.prepare('SELECT id, case_number AS caseNumber, title, description, department, need_owner AS needOwner, buyer, estimated_value AS estimatedValue, kind, procedure, planned_notice_date AS plannedNoticeDate, planned_award_date AS plannedAwardDate, planned_contract_start AS plannedContractStart, phase FROM cases').all() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { id, phase, ...fields } of rows) {
      const themes = (db.prepare('SELECT theme FROM case_themes WHERE case_id = ?').all(id) as { theme: string }[]).map((t) => t.theme);
      expect(CaseFieldsSchema.safeParse({ ...fields, themes }).success).toBe(true);
      const events = db.prepare('SELECT phase, date, note FROM case_events WHERE case_id = ? ORDER BY date, id').all(id) as { phase: string; date: string; note: string }[];
      expect(events[0]!.phase).toBe('behovsavklaring');
      expect(events.at(-1)!.phase).toBe(phase);
      for (let i = 1; i < events.length; i++) {
        const [a, b] = [events[i - 1]!, events[i]!];
        expect(TERMINAL_PHASES.includes(a.phase as never)).toBe(false);
        expect(transitionProblem({ from: a.phase as never, to: b.phase as never, date: b.date, note: b.note, lastEventDate: a.date, today: TODAY })).toBeNull();
      }
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Suppliers: valid fields, one live record per organisation number.
    const sup = db.prepare('SELECT orgnr, name, address, postal_code AS postalCode, city, notes, notes_confidential AS notesConfidential FROM suppliers').all() as Record<string, unknown>[];
    for (const row of sup) expect(SupplierFieldsSchema.safeParse(row).success).toBe(true);
    // No answer is shared before it was given; rounds only in competitive dialogue.
    const badShares = db.prepare("SELECT count(*) AS n FROM dialogue_items WHERE shared_date IS NOT NULL AND (answer = '' OR answered_date IS NULL OR shared_date < answered_date)").get();
    expect(badShares).toEqual({ n: 0 });
    const badRounds = db.prepare("SELECT count(*) AS n FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.form = 'dialogrunde' AND coalesce(c.procedure, '') <> 'dialog'").get();
    expect(badRounds).toEqual({ n: 0 });
    // The counter the list's total comes from agrees with the rows.
    const counted = db.prepare('SELECT archived, count(*) AS n FROM cases GROUP BY archived').all() as { archived: number; n: number }[];
    const kept = db.prepare('SELECT archived, n FROM case_counts WHERE n > 0 ORDER BY archived').all();
    expect(kept).toEqual(counted.sort((a, b) => a.archived - b.archived));
  });
});
