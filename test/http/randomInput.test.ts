import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFieldsSchema, methods, phases, TERMINAL_PHASES, transitionProblem } from '../../core/index.js';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import type { Service } from '../../service/service.js';
import { sampleCase, tempService, TODAY } from '../helpers/tempService.js';

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
    },
    { requiredKeys: [] },
  );
  const payload = fc.oneof(nearValidCase, fc.anything(), fc.jsonValue());

  it('never answers 500, and leaves only valid rows', async () => {
    await fetch(`${h.url}/rpc/cases.create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleCase()) });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods.filter((m) => m !== 'demo.seed')), payload, async (method, body) => {
        let text: string;
        try {
          text = JSON.stringify(body) ?? 'null';
        } catch {
          text = '{}';
        }
        const res = await fetch(`${h.url}/rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
        expect(res.status).not.toBe(500);
        expect([200, 400, 404, 409]).toContain(res.status);
        await res.arrayBuffer();
      }),
      { numRuns: 400 },
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
    // The counter the list's total comes from agrees with the rows.
    const counted = db.prepare('SELECT archived, count(*) AS n FROM cases GROUP BY archived').all() as { archived: number; n: number }[];
    const kept = db.prepare('SELECT archived, n FROM case_counts WHERE n > 0 ORDER BY archived').all();
    expect(kept).toEqual(counted.sort((a, b) => a.archived - b.archived));
  });
});
