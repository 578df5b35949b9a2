import { describe, expect, it } from 'vitest';
import { openService } from '../../service/openData.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { asBundle, bundleFile, openBundle } from '../helpers/bundles.js';
import { ok, sampleCase, sampleSupplier, tempDir } from '../helpers/tempService.js';

// The audit trail and bundles: history from another PC is kept, marked as
// imported, and can never pass for this PC's own; what an import itself
// does is recorded like any other write.

const pc = (actor: string) =>
  openService(tempDir(), { migrationsDir }, { today: () => '2026-11-25', checkOutputs: true, actor, log: () => {} });
const fields = (over: Parameters<typeof sampleCase>[0] = {}) => {
  const { registeredDate: _r, ...rest } = sampleCase(over);
  return rest;
};
const byNumber = (s: ReturnType<typeof pc>, n: string) =>
  ok(s, 'cases.list', { q: n }).items.find((c) => c.caseNumber === n)!;

describe('history that came with a bundle', () => {
  it('is kept, marked with the bundle it came from and who exported it when, and this PC records the import itself', () => {
    const a = pc('kari');
    const c = ok(a, 'cases.create', sampleCase({ caseNumber: '2026/800', title: 'Brøyting' }));
    ok(a, 'cases.update', {
      ...fields({ caseNumber: '2026/800', title: 'Brøyting og strøing' }),
      id: c.id,
      version: c.version,
    });
    const file = bundleFile(a, null, 'fra-a.anskaff');
    const env = openBundle(file);

    const b = pc('ola');
    ok(b, 'bundle.import', file);
    const inB = byNumber(b, '2026/800');
    const trail = ok(b, 'audit.forRecord', { entity: 'case', id: inB.id });
    expect(trail.map((e) => [e.method, e.by, e.imported?.fileName ?? null])).toEqual([
      ['bundle.import', 'ola', null],
      ['cases.update', 'kari', 'fra-a.anskaff'],
      ['cases.create', 'kari', 'fra-a.anskaff'],
    ]);
    expect(trail[1]!.imported).toEqual({
      fileName: 'fra-a.anskaff',
      exportedBy: 'Kari på PC A',
      exportedAt: env.exportedAt,
      at: expect.stringMatching(/^\d{4}-/),
      by: 'ola',
    });
    // The import's own entry says where the record came from and what it brought.
    expect(trail[0]!.changes).toContainEqual({ field: 'importedFrom', before: null, after: 'fra-a.anskaff' });
    expect(trail[0]!.changes).toContainEqual({ field: 'title', before: null, after: 'Brøyting og strøing' });
    expect(trail[0]!.imported).toBeNull();
  });

  it('records the real values before and after when a record is replaced from a bundle', () => {
    const a = pc('kari');
    const c = ok(a, 'cases.create', sampleCase({ caseNumber: '2026/801', title: 'Felles sak' }));
    const b = pc('ola');
    ok(b, 'bundle.import', bundleFile(a));
    ok(a, 'cases.update', {
      ...fields({ caseNumber: '2026/801', title: 'Tittel fra A', estimatedValue: 4_000_000 }),
      id: c.id,
      version: c.version,
    });
    const file = bundleFile(a);
    const key = ok(b, 'bundle.preview', file).conflicts[0]?.key;
    const inB = byNumber(b, '2026/801');
    const local = ok(b, 'cases.get', { id: inB.id });
    ok(b, 'cases.update', {
      ...fields({ caseNumber: '2026/801', title: 'Tittel fra B' }),
      id: inB.id,
      version: local.version,
    });
    const key2 = ok(b, 'bundle.preview', file).conflicts[0]!.key;
    expect(key ?? key2).toBe(key2);
    ok(b, 'bundle.import', { ...file, decisions: { [key2]: 'theirs' } });
    const entry = ok(b, 'audit.forRecord', { entity: 'case', id: inB.id })[0]!;
    expect(entry).toMatchObject({ method: 'bundle.import', by: 'ola', imported: null });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'importedFrom', before: null, after: expect.any(String) },
        { field: 'title', before: 'Tittel fra B', after: 'Tittel fra A' },
        { field: 'estimatedValue', before: 3_500_000, after: 4_000_000 },
      ]),
    );
    expect(entry.changes.some((x) => x.before === 'local' || x.after === 'bundle')).toBe(false);
  });

  it('checks the history a bundle brings: a time, an author, a method and changes that read as changes', () => {
    const a = pc('kari');
    ok(a, 'suppliers.create', sampleSupplier());
    const env = openBundle(bundleFile(a));
    env.tables.suppliers[0].audit.push({
      at: '2026-01-01T00:00:00.000Z',
      by: 'Mallory\n(admin)',
      method: 'suppliers.update',
      changes: '[]',
    });
    const b = pc('ola');
    const r = b.dispatch('bundle.import', asBundle(env), 'nb');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.body.error.message).toMatch(/historikkoppføring nr\. 2, feltet «by»: Kan ikke ha linjeskift\./);
  });

  it('reads an entry whose changes are not JSON (left by an older import) without failing', () => {
    const a = pc('kari');
    const s = ok(a, 'suppliers.create', sampleSupplier());
    a.database.sqlite
      .prepare(
        "INSERT INTO audit_log (at, by, entity, entity_id, method, changes) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'supplier', ?, 'suppliers.update', 'not json')",
      )
      .run(s.id);
    const trail = ok(a, 'audit.forRecord', { entity: 'supplier', id: s.id });
    expect(trail.map((e) => e.method)).toEqual(['suppliers.update', 'suppliers.create']);
  });
});

describe('writes outside the records that are recorded too', () => {
  it('records changing the user name and the organisation, with the values before and after', () => {
    const a = pc('kari');
    ok(a, 'settings.set', {
      userName: 'Kari Nordmann',
      organisationName: 'Nordby kommune',
      organisationOrgnr: '974760673',
    });
    ok(a, 'settings.set', { organisationName: 'Nordby kommune (innkjøp)' });
    const trail = ok(a, 'audit.forRecord', { entity: 'settings', id: 1 });
    expect(trail.map((e) => [e.method, e.by])).toEqual([
      ['settings.set', 'Kari Nordmann'],
      ['settings.set', 'kari'],
    ]);
    expect(trail[0]!.changes).toEqual([
      { field: 'organisationName', before: 'Nordby kommune', after: 'Nordby kommune (innkjøp)' },
    ]);
    expect(trail[1]!.changes).toEqual([
      { field: 'organisationName', before: '', after: 'Nordby kommune' },
      { field: 'organisationOrgnr', before: '', after: '974760673' },
      { field: 'userName', before: 'kari', after: 'Kari Nordmann' },
    ]);
  });

  it('records choosing and clearing the extra backup folder', async () => {
    const a = pc('kari');
    const folder = tempDir();
    expect((await a.call('backup.setFolder', { folder }, 'nb')).ok).toBe(true);
    expect((await a.call('backup.setFolder', { folder: null }, 'nb')).ok).toBe(true);
    // A refused folder changes nothing and records nothing.
    expect((await a.call('backup.setFolder', { folder: 'relativ/sti' }, 'nb')).ok).toBe(false);
    const trail = ok(a, 'audit.forRecord', { entity: 'settings', id: 1 });
    expect(trail.map((e) => [e.method, e.changes])).toEqual([
      ['backup.setFolder', [{ field: 'backupFolder', before: folder, after: null }]],
      ['backup.setFolder', [{ field: 'backupFolder', before: null, after: folder }]],
    ]);
  });
});
