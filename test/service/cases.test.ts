import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

describe('cases: create, read, update', () => {
  it('creates a case with its first timeline event and reads it back', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    expect(c).toMatchObject({
      caseNumber: '2026/1234',
      phase: 'behovsavklaring',
      version: 1,
      regime: 'partIII',
      themes: ['klima_miljo'],
    });
    expect(c.timeline).toEqual([
      expect.objectContaining({ phase: 'behovsavklaring', date: '2026-09-01', days: 85, current: true }),
    ]);
    expect(ok(s, 'cases.get', { id: c.id })).toEqual(c);
  });

  it('refuses a second case with the same case number, on the field', () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase());
    const e = err(s, 'cases.create', sampleCase({ title: 'Noe annet' }));
    expect(e.status).toBe(400);
    expect(e.issues).toEqual([
      { path: 'caseNumber', message: 'Saksnummer 2026/1234 er allerede brukt av en annen sak.' },
    ]);
    expect(ok(s, 'cases.list', {}).total).toBe(1);
  });

  it('updates with the current version and refuses a stale one without writing', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const { id, version } = c;
    const fields = { ...sampleCase(), registeredDate: undefined };
    delete fields.registeredDate;
    const u = ok(s, 'cases.update', { ...fields, id, version, title: 'Elbiler til hjemmetjenesten' });
    expect(u.version).toBe(2);
    const stale = err(s, 'cases.update', { ...fields, id, version, title: 'Overskriver' });
    expect(stale).toMatchObject({ status: 409, code: 'conflict' });
    expect(ok(s, 'cases.get', { id }).title).toBe('Elbiler til hjemmetjenesten');
  });

  it('warns when the procedure is not one of its part, in the chosen language; part I has no procedure rules', () => {
    const s = tempService();
    const small = ok(
      s,
      'cases.create',
      sampleCase({ estimatedValue: 500_000, procedure: 'apen_anbud', registeredDate: '2025-06-01' }),
    );
    expect(small.regime).toBe('partI');
    expect(small.warnings).toEqual([]);
    const c = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2025/2', procedure: 'apen_tilbud', registeredDate: '2025-06-01' }),
    );
    expect(c.regime).toBe('partIII');
    expect(c.warnings).toEqual([
      { code: 'procedureNotAllowed', message: 'Åpen tilbudskonkurranse er ikke en tillatt prosedyre etter Del III.' },
    ]);
    const en = ok(s, 'cases.get', { id: c.id }, 'en');
    expect(en.warnings[0]!.message).toBe('Open competition (national) is not an allowed procedure under Part III.');
  });

  it('keeps the ground a procedure rests on, and warns until it is recorded', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase({ procedure: 'forhandling', registeredDate: '2025-06-01' }));
    expect(c.warnings).toEqual([
      {
        code: 'groundMissing',
        message:
          'Konkurranse med forhandling er etter Del III bare lovlig når et vilkår i FOA § 13-2 er oppfylt. Velg vilkåret saken bygger på, og begrunn det.',
      },
    ]);
    expect(c.groundedProcedures).toContainEqual({ procedure: 'forhandling', set: 'foa_13_2' });
    const { registeredDate: _r, ...fields } = sampleCase({ procedure: 'forhandling' });
    const u = ok(s, 'cases.update', {
      ...fields,
      id: c.id,
      version: c.version,
      procedureGround: 'foa_13_2_c',
      procedureGroundNote: 'Finansieringen av ladeinfrastrukturen må forhandles.',
    });
    expect(u).toMatchObject({
      procedureGround: 'foa_13_2_c',
      procedureGroundNote: 'Finansieringen av ladeinfrastrukturen må forhandles.',
      warnings: [],
    });
    expect(
      err(s, 'cases.update', { ...fields, id: c.id, version: u.version, procedureGround: 'foa_99' }).issues?.[0]?.path,
    ).toBe('procedureGround');
  });

  it('reports not found for an unknown case', () => {
    const s = tempService();
    expect(err(s, 'cases.get', { id: 999 })).toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'Fant ikke sak 999.',
    });
  });
});

describe('cases: phases and timeline', () => {
  it('moves a case through phases and counts the days in each', () => {
    const s = tempService();
    let c = ok(s, 'cases.create', sampleCase());
    c = ok(s, 'cases.changePhase', {
      id: c.id,
      version: c.version,
      phase: 'markedsdialog',
      date: '2026-09-15',
      note: 'Dialogkonferanse planlagt',
    });
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'kunngjoring', date: '2026-11-01' });
    expect(c.phase).toBe('kunngjoring');
    expect(c.timeline.map((e) => [e.phase, e.days, e.current])).toEqual([
      ['behovsavklaring', 14, false],
      ['markedsdialog', 47, false],
      ['kunngjoring', 24, true],
    ]);
    expect(c.timeline[1]!.note).toBe('Dialogkonferanse planlagt');
    expect(c.timeline[2]!.fromPhase).toBe('markedsdialog');
  });

  it('refuses a move that breaks the rules, on the right field, and writes nothing', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const back = err(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'avlyst', date: '2026-10-01' });
    expect(back.issues).toEqual([{ path: 'note', message: 'Skriv hvorfor saken avlyses.' }]);
    const early = err(s, 'cases.changePhase', {
      id: c.id,
      version: c.version,
      phase: 'markedsdialog',
      date: '2026-08-01',
    });
    expect(early.issues).toEqual([
      { path: 'date', message: 'Datoen kan ikke være før forrige hendelse (01.09.2026).' },
    ]);
    const future = err(s, 'cases.changePhase', {
      id: c.id,
      version: c.version,
      phase: 'markedsdialog',
      date: '2026-12-01',
    });
    expect(future.issues?.[0]?.path).toBe('date');
    expect(ok(s, 'cases.get', { id: c.id }).timeline).toHaveLength(1);
  });

  it('keeps archived cases read-only until restored', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const a = ok(s, 'cases.archive', { id: c.id, version: c.version });
    expect(a.archived).toBe(true);
    expect(ok(s, 'cases.list', {}).total).toBe(0);
    expect(ok(s, 'cases.list', { includeArchived: true }).total).toBe(1);
    expect(
      err(s, 'cases.changePhase', { id: c.id, version: a.version, phase: 'markedsdialog', date: '2026-10-01' }),
    ).toMatchObject({ status: 409 });
    const r = ok(s, 'cases.archive', { id: c.id, version: a.version, archived: false });
    expect(
      ok(s, 'cases.changePhase', { id: c.id, version: r.version, phase: 'markedsdialog', date: '2026-10-01' }).phase,
    ).toBe('markedsdialog');
  });
});
