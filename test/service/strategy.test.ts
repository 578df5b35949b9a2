import { describe, expect, it } from 'vitest';
import { GoalsRepo } from '../../db/index.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

const strategy = {
  title: 'Innkjøpsstrategi 2025–2028',
  fromYear: 2025,
  toYear: 2028,
  adoptedDate: '2024-12-12',
  adoptedBy: 'Kommunestyret, sak 112/24',
  goals: [
    { theme: 'klima_miljo' as const, measure: 'climate_share' as const, target: 0.5 },
    { theme: 'seriositet' as const, measure: 'pay_conditions_share' as const, target: 0.8 },
    { theme: 'baerekraft' as const, measure: 'savings' as const, target: 1_000_000 },
  ],
};

/** The case form's fields for an update (the registration date is set once, at creation). */
const fields = (over: Parameters<typeof sampleCase>[0]) => {
  const { registeredDate: _r, ...rest } = sampleCase(over);
  return rest;
};

describe('the strategy and its dashboard', () => {
  it("a goal's measure follows FOA § 7-9 for every case notified from 2024, whatever its themes; an exemption is not a failure", () => {
    const s = tempService();
    ok(s, 'strategy.save', { strategy });
    let c = ok(s, 'cases.create', sampleCase({ themes: [], registeredDate: '2026-02-01' }));
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2026-06-01' });
    const climate = () =>
      ok(s, 'strategy.dashboard', {})
        .goals.find((g) => g.measure === 'climate_share')!
        .values.find((v) => v.year === 2026)!;
    expect(climate()).toMatchObject({ value: 0, num: 0, den: 1, status: 'behind' });

    // The law's rule, not the office's theme: 30 % weight counts without the climate theme.
    c = ok(s, 'cases.update', { ...fields({ themes: [] }), id: c.id, version: c.version, climateWeightPct: 30 });
    expect(climate()).toMatchObject({ value: 1, num: 1, den: 1, status: 'met' });
    c = ok(s, 'cases.update', {
      ...fields({ themes: ['klima_miljo'] }),
      id: c.id,
      version: c.version,
      climateWeightPct: 25,
    });
    expect(climate().value).toBe(0);
    // Requirements instead of weight count only once justified (§ 7-9 (4)); until then the case is warned.
    c = ok(s, 'cases.update', {
      ...fields({ themes: ['klima_miljo'] }),
      id: c.id,
      version: c.version,
      climateWeightPct: 25,
      climateRequirements: true,
    });
    expect(climate().value).toBe(0);
    expect(c.warnings.map((w) => w.code)).toContain('climateJustificationMissing');
    c = ok(s, 'cases.update', {
      ...fields({ themes: ['klima_miljo'] }),
      id: c.id,
      version: c.version,
      climateWeightPct: 25,
      climateRequirements: true,
      climateJustification: 'Krav om nullutslipp gir klart bedre effekt.',
    });
    expect(climate().value).toBe(1);
    expect(c.climateStatus).toBe('met');
    // An exempt case (insignificant footprint, justified) leaves the measure: neither met nor a failure.
    c = ok(s, 'cases.update', {
      ...fields({ themes: [] }),
      id: c.id,
      version: c.version,
      climateExempt: true,
      climateJustification: 'Juridisk rådgivning: uvesentlig klimaavtrykk.',
    });
    expect(c.climateStatus).toBe('exempt');
    expect(climate()).toMatchObject({ value: null, den: 0, status: 'no_data' });
    // A case notified before 2024 is outside the rule.
    let old = ok(s, 'cases.create', sampleCase({ caseNumber: '2023/5', themes: [], registeredDate: '2023-09-01' }));
    old = ok(s, 'cases.changePhase', { id: old.id, version: old.version, phase: 'kunngjoring', date: '2023-11-01' });
    old = ok(s, 'cases.changePhase', { id: old.id, version: old.version, phase: 'tildeling', date: '2026-02-01' });
    expect(old.climateStatus).toBe('outside');
    expect(climate().den).toBe(0);
  });

  it('shows savings and pay-and-conditions controls against their targets, year by year', () => {
    const s = tempService();
    ok(s, 'strategy.save', { strategy });
    let c = ok(s, 'cases.create', sampleCase({ kind: 'tjenester', registeredDate: '2025-01-10' }));
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2025-05-01' });
    ok(s, 'savings.set', {
      caseId: c.id,
      baselineKind: 'previous_contract',
      baselineValue: 5_000_000,
      awardedValue: 4_200_000,
      periodMonths: 24,
    });
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    const k = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Renhold',
      supplierIds: [sup.id],
      value: 4_200_000,
      startDate: '2025-07-01',
      endDate: '2027-06-30',
      paySector: 'renhold',
    });
    ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'risk_assessment',
      date: '2025-08-01',
      title: 'Risikovurdering',
      riskLevel: 'high',
    });
    ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'control',
      date: '2026-03-01',
      title: 'Kontroll',
      findings: 'Ingen avvik.',
    });

    const d = ok(s, 'strategy.dashboard', {});
    expect(d.years).toEqual([2025, 2026]);
    const byMeasure = Object.fromEntries(
      d.goals.map((g) => [g.measure, g.values.map((v) => [v.year, v.value, v.status])]),
    );
    expect(byMeasure.savings).toEqual([
      [2025, 800_000, 'behind'],
      [2026, 0, 'behind'],
    ]);
    // In force both years; controlled only in 2026.
    expect(byMeasure.pay_conditions_share).toEqual([
      [2025, 0, 'behind'],
      [2026, 1, 'met'],
    ]);
    expect(d.goals[0]!.title).toBe(
      'Andel tildelte saker kunngjort fra 1.1.2024 som oppfyller FOA § 7-9: klima og miljø vektet minst 30 %, eller begrunnede krav i kravspesifikasjonen (unntatte saker telles ikke)',
    );
  });

  it('refuses a strategy that does not hold together, field by field', () => {
    const s = tempService();
    expect(err(s, 'strategy.save', { strategy: { ...strategy, toYear: 2024 } }).issues).toEqual([
      { path: 'strategy.toYear', message: 'Perioden må slutte samme år som den begynner eller senere.' },
    ]);
    expect(
      err(s, 'strategy.save', {
        strategy: { ...strategy, goals: [{ theme: 'klima_miljo', measure: 'climate_share', target: 30 }] },
      }).issues,
    ).toEqual([{ path: 'strategy.goals.0.target', message: 'Et mål for en andel må ligge mellom 0 og 100 %.' }]);
    const saved = ok(s, 'strategy.save', { strategy });
    ok(s, 'strategy.save', { id: saved.id, version: saved.version, strategy: { ...strategy, title: 'Ny tittel' } });
    expect(err(s, 'strategy.save', { id: saved.id, version: saved.version, strategy }).status).toBe(409);
    expect(ok(s, 'strategy.get', { id: saved.id }).title).toBe('Ny tittel');
  });

  it('keeps its derived figures equal to a rebuild from the records after every kind of write', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 150 });
    const cases = ok(s, 'cases.list', { limit: 40 }).items;
    for (const [i, row] of cases.entries()) {
      const c = ok(s, 'cases.get', { id: row.id });
      if (c.archived || c.phase === 'avlyst' || c.phase === 'avsluttet') continue;
      const fields = {
        caseNumber: c.caseNumber,
        title: c.title,
        description: c.description,
        department: c.department,
        needOwner: c.needOwner,
        buyer: c.buyer,
        estimatedValue: c.estimatedValue,
        kind: i % 2 ? ('tjenester' as const) : ('varer' as const),
        procedure: c.procedure,
        themes: [...new Set([...c.themes, 'klima_miljo' as const])],
      };
      const u = ok(s, 'cases.update', { ...fields, id: c.id, version: c.version, climateWeightPct: 30 + i });
      if (u.phase !== 'kontraktsoppfolging')
        ok(s, 'cases.changePhase', {
          id: u.id,
          version: u.version,
          phase: 'avlyst',
          date: '2026-11-25',
          note: 'Behovet falt bort.',
        });
    }
    const goals = new GoalsRepo(s.database.db);
    const raw = s.database.sqlite;
    const snapshot = () => ({
      totals: raw
        .prepare(
          'SELECT measure, year, round(num, 6) AS num, den FROM goal_totals WHERE den <> 0 OR num <> 0 ORDER BY 1, 2',
        )
        .all(),
      facts: raw.prepare('SELECT * FROM goal_facts ORDER BY 1, 2, 3, 4').all(),
      days: raw.prepare('SELECT * FROM phase_days ORDER BY 1, 2').all(),
      open: raw.prepare('SELECT * FROM open_stretches ORDER BY 1, 2').all(),
      award: raw.prepare('SELECT id, award_date FROM cases ORDER BY id').all(),
    });
    const before = snapshot();
    expect(goals.factSums(2020, 2030).length).toBeGreaterThan(0);
    raw.transaction(() => goals.rebuild())();
    expect(snapshot()).toEqual(before);
  });
});

describe('the procurement plan', () => {
  it('groups cases being planned by the quarter of their planned notice; late and unscheduled apart', () => {
    const s = tempService();
    ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/1', plannedNoticeDate: '2027-02-15', estimatedValue: 2_000_000 }),
    );
    ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/2', plannedNoticeDate: '2027-03-31', estimatedValue: 500_000 }),
    );
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/3', plannedNoticeDate: '2026-12-01' }));
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/4', plannedNoticeDate: '2026-03-01' }));
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/5' }));
    const p = ok(s, 'plan.get', {});
    expect(p.quarters.map((q) => [q.year, q.quarter, q.cases.map((c) => c.caseNumber), q.value])).toEqual([
      [2026, 4, ['2026/3'], 3_500_000],
      [2027, 1, ['2026/1', '2026/2'], 2_500_000],
    ]);
    expect(p.late.map((c) => c.caseNumber)).toEqual(['2026/4']);
    expect(p.unscheduled.map((c) => c.caseNumber)).toEqual(['2026/5']);
    const pf = ok(s, 'plan.portfolio', {});
    expect(pf.rows).toHaveLength(5);
    expect(pf.rows[0]!.segments).toEqual([{ stage: 'planning', from: '2026-09-01', to: '2026-11-25' }]);
    expect(pf.to).toBe('2027-03-31');
  });
});

describe('CPV codes', () => {
  it('are found by code or by words, broadest first, each with the kind it suggests', () => {
    const s = tempService();
    const byCode = ok(s, 'reference.cpv', { q: '9091' });
    expect(byCode[0]).toMatchObject({ code: '90910000', label: '90910000-9 Rengjøring', kind: 'tjenester' });
    expect(byCode.every((c) => c.code.startsWith('9091'))).toBe(true);
    const byWords = ok(s, 'reference.cpv', { q: 'rengjøring av kontor' });
    expect(byWords.map((c) => c.code)).toContain('90919200');
    expect(ok(s, 'reference.cpv', { q: 'office cleaning' }, 'en').map((c) => c.code)).toContain('90919200');
    expect(ok(s, 'reference.cpv', { q: '4521' })[0]!.kind).toBe('bygg_anlegg');
  });

  it('on a case must be in CPV 2008, and the case shows it with its check digit and label', () => {
    const s = tempService();
    expect(err(s, 'cases.create', sampleCase({ cpvCode: '12345678' })).issues).toEqual([
      { path: 'cpvCode', message: 'CPV-koden 12345678 finnes ikke i CPV 2008.' },
    ]);
    expect(err(s, 'cases.create', sampleCase({ cpvCode: '9091' })).issues).toEqual([
      { path: 'cpvCode', message: 'En CPV-kode har åtte siffer, f.eks. 90910000.' },
    ]);
    const c = ok(s, 'cases.create', sampleCase({ cpvCode: '90910000' }));
    expect(c).toMatchObject({ cpvCode: '90910000', cpvLabel: '90910000-9 Rengjøring' });
  });
});
