import { describe, expect, it } from 'vitest';
import { briefingTables } from '../../core/index.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// The briefing pack's contracts section shows the frameworks near their
// maximum or ending within its horizon (today is 25 November 2026).

function framework(s: ReturnType<typeof tempService>, caseNumber: string, title: string, endDate: string) {
  let c = ok(s, 'cases.create', sampleCase({ caseNumber, kind: 'varer', registeredDate: '2024-09-01' }));
  c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2024-11-01' });
  const k = ok(s, 'contracts.create', {
    caseId: c.id,
    title,
    supplierIds: [ok(s, 'suppliers.list', {}).items[0]!.id],
    value: 1_000_000,
    startDate: '2025-01-01',
    endDate,
  });
  return ok(s, 'contracts.setFramework', {
    id: k.id,
    version: k.version,
    framework: { suppliers: 'single', callOff: 'ranked', maxValue: 1_000_000, entitled: ['Oppvekst'] },
  });
}

const callOff = (contractId: number, supplierId: number, value: number) => ({
  contractId,
  date: '2025-03-01',
  department: 'Oppvekst',
  supplierId,
  value,
  description: 'Papir og toner',
  method: 'direct' as const,
});

describe('frameworks in the briefing pack', () => {
  it('lists the frameworks near or at their maximum and those ending soon, the reached one stressed, and leaves the rest out', () => {
    const s = tempService();
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    // Near its maximum, running for years yet.
    const near = framework(s, '2026/701', 'Rammeavtale kontorrekvisita', '2029-12-31');
    ok(s, 'contracts.addCallOff', callOff(near.id, sup.id, 850_000));
    // Its maximum reached.
    const full = framework(s, '2026/702', 'Rammeavtale møbler', '2029-12-31');
    ok(s, 'contracts.addCallOff', callOff(full.id, sup.id, 1_000_000));
    // Little used, but ending within the pack's horizon.
    const ending = framework(s, '2026/703', 'Rammeavtale renhold', '2026-12-31');
    ok(s, 'contracts.addCallOff', callOff(ending.id, sup.id, 100_000));
    // Little used and running for years: not in the pack.
    const quiet = framework(s, '2026/704', 'Rammeavtale skilt', '2029-12-31');
    ok(s, 'contracts.addCallOff', callOff(quiet.id, sup.id, 100_000));

    const pack = ok(s, 'briefing.build', {
      title: 'Orientering',
      from: '2026-01-01',
      to: '2026-12-31',
      version: 'public',
    });
    const table = briefingTables(pack, 'nb').frameworks;
    expect(table.rows.map((r) => r.map((x) => String(x).replace(/\u00a0/g, ' ')))).toEqual([
      ['Rammeavtale møbler', '2026/702', '31.12.2029', '100 %', 'Taket er nådd: avtalen er i utgangspunktet brukt opp'],
      ['Rammeavtale kontorrekvisita', '2026/701', '31.12.2029', '85 %', 'Nær taket (80 % eller mer)'],
      ['Rammeavtale renhold', '2026/703', '31.12.2026', '10 %', 'Utløper snart'],
    ]);
    expect(table.stressed).toEqual([0]);
    expect(briefingTables(pack, 'en').frameworks.rows[0]![4]).toBe(
      'Maximum reached: the framework is in principle used up',
    );
  });

  it('has no frameworks table where none is near its maximum or ending', () => {
    const s = tempService();
    ok(s, 'suppliers.create', sampleSupplier());
    framework(s, '2026/705', 'Rammeavtale skilt', '2029-12-31');
    const pack = ok(s, 'briefing.build', {
      title: 'Orientering',
      from: '2026-01-01',
      to: '2026-12-31',
      version: 'public',
    });
    expect(pack.contracts.frameworks).toEqual([]);
  });
});
