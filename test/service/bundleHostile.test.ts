import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_MAX_JSON_BYTES } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { asBundle, bundleFile, gzipped, openBundle } from '../helpers/bundles.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Bundles made to hurt the register: each is refused in words, as a 400,
// with nothing imported; never a 500, never a crash.

async function attempt(s: Service, method: 'bundle.preview' | 'bundle.import', file: { fileName: string; data: string }) {
  const started = performance.now();
  const r = await s.call(method, file, 'nb');
  return { ms: performance.now() - started, status: r.status, value: r.ok ? r.value : undefined, error: r.ok ? undefined : r.body.error };
}

const counts = (s: Service) => s.database.sqlite.prepare('SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM suppliers) AS suppliers, (SELECT count(*) FROM audit_log) AS audit').get();

function withCase() {
  const a = tempService();
  const sup = ok(a, 'suppliers.create', sampleSupplier());
  const c = ok(a, 'cases.create', sampleCase({ caseNumber: '2026/700', title: 'Skolemøbler' }));
  ok(a, 'dialogues.create', { caseId: c.id, form: 'en_til_en', date: '2026-09-05', title: 'Møte', suppliers: [{ supplierId: sup.id }] });
  return { a, file: bundleFile(a) };
}

describe('hostile bundles', () => {
  it('caps what the gzip inflates to, and says so quickly (half a megabyte of zeros is half a gigabyte)', async () => {
    const b = tempService();
    const bomb = { fileName: 'bombe.anskaff', data: gzipSync(Buffer.alloc(BUNDLE_MAX_JSON_BYTES + 64 * 1024 * 1024), { level: constants.Z_BEST_COMPRESSION }).toString('base64') };
    expect(Buffer.from(bomb.data, 'base64').length).toBeLessThan(600_000);
    const r = await attempt(b, 'bundle.preview', bomb);
    expect(r).toMatchObject({ status: 400, error: { code: 'invalid_input', message: 'Pakken bombe.anskaff blir for stor når den pakkes ut (over 256 MB). Lag en pakke med færre saker.' } });
    expect(r.ms).toBeLessThan(5_000);
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
      ['barnetabellen er tekst', { ...env, tables: { cases: [{ ...env.tables.cases[0], children: { case_events: 'x' } }] } }],
      ['historikken er tekst', { ...env, tables: { cases: [{ ...env.tables.cases[0], audit: 'x' }] } }],
      ['versjonen er tekst', { ...env, version: 'x', schemaVersion: 'y' }],
      ['uten tables', { ...env, tables: undefined }],
      ['et tall', 42],
      ['null', null],
    ];
    for (const [why, body] of [...shapes.map(([w, e]) => [w, asBundle(e as object)] as const), ['ikke gzip', { fileName: 'rot.anskaff', data: Buffer.from('not gzip at all').toString('base64') }] as const, ['ikke JSON', gzipped('{"format": "anskaff-bundle", ')] as const]) {
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
      const bad = { ...env, tables: { ...env.tables, cases: [{ ...kase, children: { ...kase.children, [name]: [{ a: 1 }] } }] } };
      const r = await attempt(b, 'bundle.preview', asBundle(bad));
      expect(r.status, name).toBe(400);
      expect(r.error?.message, name).toContain(name.slice(0, 40));
      const root = { ...env, tables: { ...env.tables, [name]: [] } };
      expect((await attempt(b, 'bundle.preview', asBundle(root))).status, name).toBe(400);
    }
    expect(b.database.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'cases'").get()).toEqual({ n: 1 });
  });
});
