import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_NORMS, methods } from '../../core/index.js';
import { openService } from '../../service/openData.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { err, ok, sampleCase, sampleSupplier, tempDir } from '../helpers/tempService.js';

const fields = (over: Parameters<typeof sampleCase>[0] = {}) => {
  const { registeredDate: _r, ...rest } = sampleCase(over);
  return rest;
};

describe('the audit trail', () => {
  it('shows each edit of a case: when, by whom, and each field before and after, newest first', () => {
    const s = openService(
      tempDir(),
      { migrationsDir },
      { today: () => '2026-11-25', checkOutputs: true, actor: 'kari.nordmann', log: () => {} },
    );
    let c = ok(s, 'cases.create', sampleCase({ registeredDate: '2026-09-01' }));
    c = ok(s, 'cases.update', {
      ...fields({ title: 'Elektriske kjøretøy til hjemmetjenesten' }),
      id: c.id,
      version: c.version,
    });
    c = ok(s, 'cases.update', {
      ...fields({ title: 'Elektriske kjøretøy til hjemmetjenesten', estimatedValue: 4_100_000 }),
      id: c.id,
      version: c.version,
    });
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'markedsdialog', date: '2026-10-01' });
    ok(s, 'savings.set', {
      caseId: c.id,
      baselineKind: 'estimate',
      baselineValue: 5_000_000,
      awardedValue: 4_100_000,
      periodMonths: 36,
    });
    // A refused write leaves no trace.
    expect(err(s, 'cases.update', { ...fields({ title: 'Feil' }), id: c.id, version: 1 }).status).toBe(409);

    const trail = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    expect(trail.map((e) => e.method)).toEqual([
      'savings.set',
      'cases.changePhase',
      'cases.update',
      'cases.update',
      'cases.create',
    ]);
    expect(trail.every((e) => e.by === 'kari.nordmann' && /^\d{4}-\d\d-\d\dT/.test(e.at))).toBe(true);
    expect(trail[2]!.changes).toEqual([{ field: 'estimatedValue', before: 3_500_000, after: 4_100_000 }]);
    expect(trail[3]!.changes).toEqual([
      { field: 'title', before: 'Elektriske kommunale kjøretøy', after: 'Elektriske kjøretøy til hjemmetjenesten' },
    ]);
    expect(trail[1]!.changes.map((x) => x.field)).toEqual(['lastEvent', 'phase']);
    expect(trail[1]!.changes[1]).toMatchObject({ before: 'behovsavklaring', after: 'markedsdialog' });
    expect(trail[1]!.changes[0]!.after).toEqual({
      phase: 'markedsdialog',
      date: '2026-10-01',
      note: '',
      overrideReason: null,
    });
    expect(trail[4]!.changes.find((x) => x.field === 'title')).toEqual({
      field: 'title',
      before: null,
      after: 'Elektriske kommunale kjøretøy',
    });
    expect(trail[4]!.changes.map((x) => x.field)).not.toContain('id');
    // An entry written before its computed fields were left out reads without them, and one left with nothing is not shown.
    s.database.sqlite
      .prepare(
        "INSERT INTO audit_log (at, by, entity, entity_id, method, changes) VALUES (?, 'ola', 'case', ?, 'cases.changePhase', ?)",
      )
      .run(
        '2026-11-24T08:00:00.000Z',
        c.id,
        JSON.stringify([
          { field: 'phaseSince', before: '2026-09-01', after: '2026-10-01' },
          { field: 'phase', before: 'a', after: 'b' },
        ]),
      );
    s.database.sqlite
      .prepare(
        "INSERT INTO audit_log (at, by, entity, entity_id, method, changes) VALUES (?, 'ola', 'case', ?, 'cases.update', ?)",
      )
      .run('2026-11-24T09:00:00.000Z', c.id, JSON.stringify([{ field: 'version', before: 1, after: 2 }]));
    const again = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    expect(again).toHaveLength(trail.length + 1);
    expect(again.find((e) => e.by === 'ola')!.changes).toEqual([{ field: 'phase', before: 'a', after: 'b' }]);
    s.database.close();
  });

  it('names the user set in the settings, else the OS user the host gave', () => {
    const s = openService(tempDir(), { migrationsDir }, { today: () => '2026-11-25', actor: 'kno', log: () => {} });
    expect(ok(s, 'settings.get', {})).toEqual({
      userName: 'kno',
      userNameDefault: 'kno',
      userNameSet: false,
      organisationName: '',
      organisationOrgnr: '',
      payControlIntervalMonths: 12,
      retentionPlan: '',
      splittingCpvDigits: 3,
      optionLeadMonths: 3,
      phaseNorms: DEFAULT_PHASE_NORMS,
    });
    const c = ok(s, 'cases.create', sampleCase());
    expect(ok(s, 'settings.set', { userName: 'Kari Nordmann' })).toMatchObject({
      userName: 'Kari Nordmann',
      userNameSet: true,
    });
    ok(s, 'cases.update', { ...fields({ title: 'Ny tittel på saken' }), id: c.id, version: c.version });
    expect(ok(s, 'audit.forRecord', { entity: 'case', id: c.id }).map((e) => e.by)).toEqual(['Kari Nordmann', 'kno']);
    expect(ok(s, 'settings.set', { userName: '  ' })).toEqual({
      userName: 'kno',
      userNameDefault: 'kno',
      userNameSet: false,
      organisationName: '',
      organisationOrgnr: '',
      payControlIntervalMonths: 12,
      retentionPlan: '',
      splittingCpvDigits: 3,
      optionLeadMonths: 3,
      phaseNorms: DEFAULT_PHASE_NORMS,
    });
    s.database.close();
  });

  it('records suppliers and contracts too, and the API has no way to change it', () => {
    const s = openService(tempDir(), { migrationsDir }, { today: () => '2026-11-25', actor: 'per', log: () => {} });
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    ok(s, 'suppliers.update', { ...sampleSupplier({ city: 'Bergen' }), id: sup.id, version: sup.version });
    expect(ok(s, 'audit.forRecord', { entity: 'supplier', id: sup.id })[0]!.changes).toEqual([
      { field: 'city', before: 'Oslo', after: 'Bergen' },
    ]);
    expect(methods.filter((m) => m.startsWith('audit.'))).toEqual(['audit.forRecord']);
    s.database.close();
  });
});
