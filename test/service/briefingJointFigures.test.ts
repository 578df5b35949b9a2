import { describe, expect, it } from 'vitest';
import { briefingTables, type Input } from '../../core/index.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Every figure of the briefing pack that holds a joint procurement's value
// either counts the office's own share or says it is the whole: the plan's
// quarters, a highlighted case, the frameworks near their maximum and the
// savings goal. Malvik takes 40 % of each joint case here, so the office's
// own share (60 %) differs from the whole and a figure that took the whole
// would show. Today is 25 November 2026.

type P = Input<'joint.add'>['participant'];
const malvik: P = { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 40, lead: true };
const nb = (x: unknown) => String(x).replace(/\u00a0/g, ' ');

function register() {
  const s = tempService();
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  // Planned for the first quarter of 2027: a joint case of 10 mill. and one of the office's own of 2 mill.
  const planned = ok(
    s,
    'cases.create',
    sampleCase({ caseNumber: '2026/41', estimatedValue: 10_000_000, plannedNoticeDate: '2027-02-01' }),
  );
  ok(s, 'joint.add', { caseId: planned.id, participant: malvik });
  ok(
    s,
    'cases.create',
    sampleCase({ caseNumber: '2026/42', estimatedValue: 2_000_000, plannedNoticeDate: '2027-03-01' }),
  );
  // A joint framework awarded in 2026 with a saving, at its maximum.
  let fw = ok(
    s,
    'cases.create',
    sampleCase({ caseNumber: '2026/43', kind: 'varer', estimatedValue: 5_000_000, registeredDate: '2026-01-10' }),
  );
  fw = ok(s, 'cases.changePhase', { id: fw.id, version: fw.version, phase: 'tildeling', date: '2026-04-01' });
  ok(s, 'joint.add', { caseId: fw.id, participant: malvik });
  ok(s, 'savings.set', {
    caseId: fw.id,
    baselineKind: 'estimate',
    baselineValue: 5_000_000,
    awardedValue: 4_000_000,
    periodMonths: 12,
  });
  const k = ok(s, 'contracts.create', {
    caseId: fw.id,
    title: 'Rammeavtale skolemøbler',
    supplierIds: [sup.id],
    value: 4_000_000,
    startDate: '2026-05-01',
    endDate: '2029-04-30',
  });
  ok(s, 'contracts.setFramework', {
    id: k.id,
    version: k.version,
    framework: { suppliers: 'single', callOff: 'ranked', maxValue: 1_000_000, entitled: ['Oppvekst'] },
  });
  ok(s, 'contracts.addCallOff', {
    contractId: k.id,
    date: '2026-06-01',
    department: 'Oppvekst',
    supplierId: sup.id,
    value: 1_000_000,
    description: 'Pulter',
    method: 'direct',
  });
  ok(s, 'strategy.save', {
    strategy: {
      title: 'Innkjøpsstrategi 2025–2028',
      fromYear: 2025,
      toYear: 2028,
      goals: [{ theme: 'baerekraft', measure: 'savings', target: 2_000_000 }],
    },
  });
  const spec = {
    title: 'Orientering',
    from: '2026-01-01',
    to: '2026-12-31',
    version: 'closed' as const,
    length: 'full' as const,
    highlights: [
      { caseId: fw.id, text: 'Felles innkjøp av skolemøbler.' },
      { caseId: planned.id, text: 'Kunngjøres i februar.' },
    ],
  };
  return { s, spec };
}

describe('joint procurements across the briefing pack', () => {
  it('counts a joint case at the office’s own share in a planned quarter’s total, lists its whole value, and says so', () => {
    const { s, spec } = register();
    const pack = ok(s, 'briefing.build', spec);
    const q = pack.plan.find((x) => x.year === 2027 && x.quarter === 1)!;
    // 60 % of 10 mill. and the office's own 2 mill.; not the 12 mill. of the whole values.
    expect(q).toMatchObject({ n: 2, value: 6_000_000 + 2_000_000, jointCases: 1 });
    const t = briefingTables(pack, 'nb').plan.find((x) => x.heading.startsWith('1. kvartal 2027'))!;
    expect(nb(t.heading)).toBe('1. kvartal 2027 – 2 saker · 8 mill. kr');
    expect(t.table.rows.map((r) => nb(r[4]))).toEqual(['10 000 000 kr', '2 000 000 kr']);
    expect(t.table.note).toBe(
      'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere. Summene regner bare kontorets egen andel av verdien; i listen står hele verdien.',
    );
  });

  it('gives a highlighted joint case’s whole value with the office’s own share of the estimate beside it', () => {
    const { s, spec } = register();
    const [signed, planned] = briefingTables(ok(s, 'briefing.build', spec), 'nn').highlights;
    // A contract's value is as recorded; the estimate is the whole joint value, 60 % of which is the office's.
    expect(nb(signed!.facts)).toBe(
      'Helse og omsorg · Tildeling · kontraktsverdi 4 000 000 kr (innkjøpssamarbeid; kontoret sin eigen del av anslått verdi 3 000 000 kr)',
    );
    expect(nb(planned!.facts)).toBe(
      'Helse og omsorg · Behovsavklaring · anslått verdi 10 000 000 kr (heile samarbeidet; kontoret sin eigen del 6 000 000 kr)',
    );
  });

  it('says a joint framework’s share counts the call-offs recorded against the whole agreement’s maximum', () => {
    const { s, spec } = register();
    const t = briefingTables(ok(s, 'briefing.build', spec), 'en').frameworks;
    expect(t.rows.map((r) => r[0])).toEqual(['Rammeavtale skolemøbler']);
    expect(t.note).toBe(
      'One of the frameworks is a joint procurement with other contracting authorities: the share used counts the call-offs recorded in Anskaff against the whole agreement’s maximum.',
    );
  });

  it('says the savings goal counts a joint case’s whole saving while the summary counts the office’s share', () => {
    const { s, spec } = register();
    const pack = ok(s, 'briefing.build', spec);
    // The goal: the whole saving of 1 mill.; the summary: the office's 60 % of it.
    expect(pack.goals!.goals[0]!.values.find((v) => v.year === 2026)!.value).toBe(1_000_000);
    expect(pack.summary.savedPeriod).toBe(600_000);
    expect(briefingTables(pack, 'nb').goalsNote).toBe(
      'Gevinstmålet regner hele gevinsten av én sak som er innkjøpssamarbeid med andre oppdragsgivere, som under Mål i Anskaff; sammendraget regner bare kontorets egen andel.',
    );
    // A pack without a savings goal has nothing to say of it.
    ok(s, 'strategy.save', {
      id: ok(s, 'strategy.list', {})[0]!.id,
      version: 1,
      strategy: {
        title: 'Innkjøpsstrategi 2025–2028',
        fromYear: 2025,
        toYear: 2028,
        goals: [{ theme: 'klima_miljo', measure: 'climate_share', target: 0.8 }],
      },
    });
    expect(briefingTables(ok(s, 'briefing.build', spec), 'nb').goalsNote).toBeNull();
  });
});
