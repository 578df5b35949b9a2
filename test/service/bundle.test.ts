import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../service/bundle.js';
import type { Service } from '../../service/service.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

const asFile = (s: Service, caseIds: number[] | null = null) => {
  const b = makeBundle(s, caseIds, 'Kari på PC A');
  return { fileName: b.fileName, data: Buffer.from(b.bytes).toString('base64') };
};

/** What a user sees of a case, without what each PC numbers or stamps for itself. */
function seen(s: Service, id: number) {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    timeline,
    activities,
    ...rest
  } = ok(s, 'cases.get', { id });
  return {
    ...rest,
    timeline: timeline.map(({ id: _e, createdAt: _ec, ...e }) => e),
    activities: activities.map(({ id: _a, ...a }) => a),
  };
}
const byNumber = (s: Service, caseNumber: string) =>
  ok(s, 'cases.list', { q: caseNumber }).items.find((c) => c.caseNumber === caseNumber)!;

describe('exchange bundle', () => {
  it('reproduces the register in another data folder, history and protocol included', () => {
    const a = tempService();
    ok(a, 'demo.seed', { cases: 60 });
    const first = ok(a, 'cases.list', { sort: 'caseNumber', dir: 'asc' }).items[0]!;
    const d = ok(a, 'cases.get', { id: first.id });
    const { registeredDate: _r, ...fields } = sampleCase({ caseNumber: d.caseNumber });
    ok(a, 'cases.update', { ...fields, id: d.id, version: d.version, title: 'Endret på PC A' });
    ok(a, 'protocol.save', {
      caseId: d.id,
      version: ok(a, 'protocol.get', { caseId: d.id }).version,
      awardReason: 'Beste forhold mellom pris og kvalitet.',
    });

    const b = tempService();
    const file = asFile(a);
    const preview = ok(b, 'bundle.preview', file);
    expect(preview.conflicts).toEqual([]);
    expect(preview.counts.find((c) => c.table === 'cases')).toMatchObject({ new: 60, same: 0, changed: 0 });
    const result = ok(b, 'bundle.import', file);
    expect(result.added).toMatchObject({ cases: 60 });

    for (const method of ['cases.list', 'suppliers.list'] as const)
      expect(ok(b, method, {}).total).toBe(ok(a, method, {}).total);
    expect(ok(b, 'contracts.list', {}).length).toBe(ok(a, 'contracts.list', {}).length);
    for (const c of ok(a, 'cases.list', { limit: 60 }).items)
      expect(seen(b, byNumber(b, c.caseNumber).id)).toEqual(seen(a, c.id));
    const inB = byNumber(b, first.caseNumber);
    expect(ok(b, 'protocol.get', { caseId: inB.id }).fields.awardReason).toBe('Beste forhold mellom pris og kvalitet.');
    const history = ok(b, 'audit.forRecord', { entity: 'case', id: inB.id }).map((e) => e.method);
    expect(history).toEqual(expect.arrayContaining(['protocol.save', 'cases.update']));
    // Importing the same bundle again adds nothing: every record is already the same.
    expect(ok(b, 'bundle.preview', file).counts.find((c) => c.table === 'cases')).toMatchObject({ new: 0, same: 60 });
  });

  it('lists a record changed on both PCs as a conflict, overwrites nothing without a decision, and applies the one made', () => {
    const a = tempService();
    const made = ok(a, 'cases.create', sampleCase({ caseNumber: '2026/500', title: 'Felles sak' }));
    const b = tempService();
    ok(b, 'bundle.import', asFile(a));
    const inB = byNumber(b, '2026/500');
    const { registeredDate: _r, ...fields } = sampleCase({ caseNumber: '2026/500' });
    ok(a, 'cases.update', {
      ...fields,
      id: made.id,
      version: made.version,
      title: 'Tittel fra PC A',
      estimatedValue: 4_000_000,
    });
    const bVersion = ok(b, 'cases.get', { id: inB.id }).version;
    ok(b, 'cases.update', { ...fields, id: inB.id, version: bVersion, title: 'Tittel fra PC B' });

    const file = asFile(a);
    const preview = ok(b, 'bundle.preview', file);
    expect(preview.conflicts).toEqual([
      {
        key: expect.stringMatching(/^cases:/),
        table: 'cases',
        label: '2026/500 Tittel fra PC A',
        status: 'changed',
        fields: ['title', 'estimated_value'],
      },
    ]);
    expect(err(b, 'bundle.import', file)).toMatchObject({
      message: expect.stringMatching(/\(1 uten valg\)\. Ingenting er importert\./),
    });
    expect(ok(b, 'cases.get', { id: inB.id }).title).toBe('Tittel fra PC B');

    const key = preview.conflicts[0]!.key;
    expect(ok(b, 'bundle.import', { ...file, decisions: { [key]: 'keep' } })).toMatchObject({ kept: 1 });
    expect(ok(b, 'cases.get', { id: inB.id }).title).toBe('Tittel fra PC B');
    expect(ok(b, 'bundle.import', { ...file, decisions: { [key]: 'theirs' } }).replaced).toMatchObject({ cases: 1 });
    expect(ok(b, 'cases.get', { id: inB.id })).toMatchObject({ title: 'Tittel fra PC A', estimatedValue: 4_000_000 });
    expect(ok(b, 'audit.forRecord', { entity: 'case', id: inB.id })[0]).toMatchObject({
      method: 'bundle.import',
      changes: expect.arrayContaining([{ field: 'importedFrom', before: null, after: file.fileName }]),
    });
  });

  it('never merges a different case that has the same case number, and reports it', () => {
    const a = tempService();
    ok(a, 'cases.create', sampleCase({ caseNumber: '2026/600', title: 'Sak fra PC A' }));
    const b = tempService();
    ok(b, 'cases.create', sampleCase({ caseNumber: '2026/600', title: 'En annen sak på PC B' }));
    const file = asFile(a);
    const preview = ok(b, 'bundle.preview', file);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ table: 'cases', status: 'sameNumber', label: '2026/600 Sak fra PC A' }),
    ]);
    expect(ok(b, 'bundle.import', file)).toMatchObject({ skipped: 1 });
    expect(byNumber(b, '2026/600').title).toBe('En annen sak på PC B');
  });

  it('carries chosen cases with their contracts and the suppliers they name, and refuses a file that is not a bundle', () => {
    const a = tempService();
    ok(a, 'demo.seed', { cases: 40 });
    const withContract = ok(a, 'contracts.list', {})[0]!;
    const file = asFile(a, [withContract.caseId]);
    const b = tempService();
    const r = ok(b, 'bundle.import', file);
    expect(r.added).toMatchObject({
      cases: 1,
      contracts: ok(a, 'contracts.list', { caseId: withContract.caseId }).length,
    });
    expect(ok(b, 'contracts.list', {})[0]!.suppliers).toEqual(withContract.suppliers);
    expect(
      err(b, 'bundle.preview', { fileName: 'saker.xlsx', data: Buffer.from('PK not a bundle').toString('base64') }),
    ).toMatchObject({ message: 'Filen saker.xlsx er ikke en Anskaff-pakke, eller den er skadet.' });
  });
});

describe('merged suppliers across PCs', () => {
  it('takes in a supplier merged into another, whose own number this PC has live, without a clash of organisation numbers', () => {
    const a = tempService();
    const keep = ok(a, 'suppliers.create', sampleSupplier({ name: 'Grønn Mobilitet AS' }));
    const dup = ok(a, 'suppliers.create', sampleSupplier({ orgnr: '982463718', name: 'Grønn Mobilitet Vest AS' }));
    ok(a, 'suppliers.merge', { keepId: keep.id, keepVersion: keep.version, mergeId: dup.id });
    // PC B has the merged record's number as a live supplier of its own.
    const b = tempService();
    const mine = ok(
      b,
      'suppliers.create',
      sampleSupplier({ orgnr: '982463718', name: 'Grønn Mobilitet Vest AS (PC B)' }),
    );
    const r = b.dispatch('bundle.import', asFile(a), 'nb');
    expect(r.ok, JSON.stringify(!r.ok && r.body)).toBe(true);
    const rows = b.database.sqlite
      .prepare(
        'SELECT s.orgnr, s.name, m.orgnr AS mergedInto FROM suppliers s LEFT JOIN suppliers m ON m.id = s.merged_into ORDER BY s.id',
      )
      .all();
    expect(rows).toEqual([
      { orgnr: '982463718', name: 'Grønn Mobilitet Vest AS (PC B)', mergedInto: null },
      { orgnr: '974760673', name: 'Grønn Mobilitet AS', mergedInto: null },
      { orgnr: '982463718', name: 'Grønn Mobilitet Vest AS', mergedInto: '974760673' },
    ]);
    void mine;
  });
});
