import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

const NBSP = '\u00a0';

describe('savings', () => {
  it('a baseline on an awarded case shows as a saving in the award year, expected over the contract period, and in the sentence as realised or expected', () => {
    const s = tempService();
    let c = ok(s, 'cases.create', sampleCase({ registeredDate: '2026-02-01' }));
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2026-06-01' });
    const other = ok(s, 'cases.create', sampleCase({ caseNumber: '2025/7', registeredDate: '2025-03-01' }));
    expect(ok(s, 'savings.totals', {}).years.map((y) => [y.year, y.casesHandled, y.savedContractPeriod])).toEqual([
      [2023, 0, 0],
      [2024, 0, 0],
      [2025, 1, 0],
      [2026, 1, 0],
    ]);
    const v = ok(s, 'savings.set', {
      caseId: c.id,
      baselineKind: 'previous_contract',
      baselineValue: 12_000_000,
      awardedValue: 9_600_000,
      periodMonths: 48,
    });
    expect(v.saving).toMatchObject({ total: 2_400_000, perYear: 600_000 });
    expect(v.awardYear).toBe(2026);
    ok(s, 'savings.setRealised', { caseId: c.id, year: 2026, amount: 550_000 });
    const t = ok(s, 'savings.totals', {});
    // Awarded 1 June 2026 over 48 months: seven months of the saving are expected in 2026.
    expect(t.years.at(-1)).toEqual({
      year: 2026,
      casesHandled: 1,
      savedContractPeriod: 2_400_000,
      savedPerYear: 600_000,
      expected: 350_000,
      realised: 550_000,
    });
    expect(t.sentence).toBe(
      `I 2026 har innkjøp håndtert 1 sak og realisert gevinster på 550${NBSP}000${NBSP}kr; om lag 550${NBSP}000${NBSP}kr de siste fire årene (realisert der det er registrert, ellers forventet).`,
    );
    // A case not yet awarded has no saving to count.
    ok(s, 'savings.set', {
      caseId: other.id,
      baselineKind: 'estimate',
      baselineValue: 1_000_000,
      awardedValue: 500_000,
      periodMonths: 12,
    });
    expect(ok(s, 'savings.totals', {}).years.reduce((a, y) => a + y.savedContractPeriod, 0)).toBe(2_400_000);
    const b = ok(s, 'savings.setBenefit', {
      caseId: c.id,
      theme: 'klima_miljo',
      text: 'Om lag 40 tonn mindre CO2 i året med elbiler.',
    });
    expect(b.benefits).toEqual([{ theme: 'klima_miljo', text: 'Om lag 40 tonn mindre CO2 i året med elbiler.' }]);
    expect(ok(s, 'savings.setBenefit', { caseId: c.id, theme: 'klima_miljo', text: '  ' }).benefits).toEqual([]);
    expect(
      err(s, 'savings.set', {
        caseId: c.id,
        baselineKind: 'guess',
        baselineValue: -1,
        awardedValue: 1,
        periodMonths: 0,
      }).issues?.map((i) => i.path),
    ).toEqual(['baselineKind', 'baselineValue', 'periodMonths']);
  });
});

describe('cases handled over several years', () => {
  it('counts a case handled in two of the years once in the total, and once in each year', () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase({ registeredDate: '2026-02-01' }));
    const other = ok(s, 'cases.create', sampleCase({ caseNumber: '2025/7', registeredDate: '2025-03-01' }));
    ok(s, 'cases.changePhase', {
      id: other.id,
      version: other.version,
      phase: 'konkurransestrategi',
      date: '2026-03-01',
    });
    const four = ok(s, 'savings.totals', {});
    expect(four.years.map((y) => y.casesHandled)).toEqual([0, 0, 1, 2]);
    // Two cases, not the three the years add up to.
    expect(four.casesHandled).toBe(2);
  });
});

describe('time per phase', () => {
  it('gives days per phase by procedure, and the share of time per stage', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 200 });
    const all = ok(s, 'analytics.phaseTimes', {});
    expect(all.groups).toHaveLength(1);
    const [g] = all.groups;
    expect(g!.cases).toBe(ok(s, 'cases.list', {}).total);
    expect(g!.stats.find((x) => x.phase === 'behovsavklaring')!.n).toBeGreaterThan(100);
    expect(g!.shares.planning + g!.shares.competition + g!.shares.followup).toBeCloseTo(1, 9);
    const byProcedure = ok(s, 'analytics.phaseTimes', { groupBy: 'procedure' });
    expect(byProcedure.groups.reduce((n, x) => n + x.cases, 0)).toBe(g!.cases);
    // A direct award skips the competition: its cases spend no days in a notice phase.
    const direct = byProcedure.groups.find((x) => x.group === 'direkte');
    if (direct) expect(direct.stats.some((x) => x.phase === 'kunngjoring')).toBe(false);
  });
});
