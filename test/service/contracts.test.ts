import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

function awarded() {
  const s = tempService();
  let c = ok(s, 'cases.create', sampleCase({ kind: 'tjenester', registeredDate: '2025-01-10' }));
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  const contractInput = {
    caseId: c.id,
    title: 'Rammeavtale elbiler',
    supplierIds: [sup.id],
    value: 3_400_000,
    startDate: '2025-07-01',
    endDate: '2026-06-30',
    owner: 'Nina Holm',
    administrator: 'Kari Nordmann',
    paySector: 'landsomfattende' as const,
  };
  expect(err(s, 'contracts.create', contractInput).issues).toEqual([
    { path: 'caseId', message: 'En kontrakt kan bare registreres på en sak som er tildelt.' },
  ]);
  c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2025-05-01' });
  return { s, c, sup, contractInput };
}

describe('contracts', () => {
  it('come out of an awarded case, with options and their decision dates', () => {
    const { s, contractInput } = awarded();
    const k = ok(s, 'contracts.create', {
      ...contractInput,
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      options: [
        { lengthMonths: 12, decideBy: '2027-03-31' },
        { lengthMonths: 12, decideBy: '2028-03-31' },
      ],
    });
    expect(k).toMatchObject({
      currentEnd: '2027-06-30',
      latestEnd: '2029-06-30',
      status: 'active',
      payConditionsCovered: true,
    });
    expect(k.options.map((o) => [o.seq, o.status])).toEqual([
      [1, 'open'],
      [2, 'open'],
    ]);
    const bad = err(s, 'contracts.create', {
      ...contractInput,
      options: [{ lengthMonths: 12, decideBy: '2026-08-01' }],
    });
    expect(bad.issues).toEqual([
      {
        path: 'options.0.decideBy',
        message: 'Opsjon 1: må avgjøres senest når perioden den forlenger slutter (30.06.2026).',
      },
    ]);
    expect(err(s, 'contracts.create', { ...contractInput, endDate: '2025-01-01' }).issues?.[0]?.path).toBe('endDate');
  });

  it('decides options in order; using one moves the end, declining one lets the rest lapse', () => {
    const { s, contractInput } = awarded();
    let k = ok(s, 'contracts.create', {
      ...contractInput,
      options: [
        { lengthMonths: 12, decideBy: '2026-03-31' },
        { lengthMonths: 12, decideBy: '2027-03-31' },
      ],
    });
    expect(
      err(s, 'contracts.decideOption', {
        id: k.id,
        version: k.version,
        seq: 2,
        decision: 'exercised',
        date: '2026-03-01',
      }).issues?.[0]?.message,
    ).toBe('Opsjon 2: opsjonene brukes i rekkefølge; avgjør opsjon 1 først.');
    k = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: k.version,
      seq: 1,
      decision: 'exercised',
      date: '2026-03-01',
    });
    expect(k).toMatchObject({ currentEnd: '2027-06-30', latestEnd: '2028-06-30' });
    k = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: k.version,
      seq: 2,
      decision: 'declined',
      date: '2026-11-01',
    });
    expect(k).toMatchObject({ currentEnd: '2027-06-30', latestEnd: '2027-06-30' });
    expect(
      err(s, 'contracts.decideOption', {
        id: k.id,
        version: k.version - 1,
        seq: 2,
        decision: 'exercised',
        date: '2026-11-01',
      }),
    ).toMatchObject({ status: 400 });
  });

  it('shows what is due in the next months, and never hides what is overdue', () => {
    const { s, contractInput } = awarded();
    const k = ok(s, 'contracts.create', {
      ...contractInput,
      startDate: '2025-07-01',
      endDate: '2027-06-30',
      options: [{ lengthMonths: 12, decideBy: '2027-03-31' }],
    });
    const old = ok(s, 'contracts.create', {
      ...contractInput,
      title: 'Gammel avtale',
      startDate: '2024-01-01',
      endDate: '2026-10-31',
      options: [{ lengthMonths: 6, decideBy: '2026-08-31' }],
    });
    const six = ok(s, 'contracts.deadlines', { months: 6 });
    expect(six.map((d) => [d.contractTitle, d.kind, d.date, d.urgency])).toEqual([
      ['Gammel avtale', 'option', '2026-08-31', 'overdue'],
      ['Gammel avtale', 'expiry', '2026-10-31', 'overdue'],
      ['Rammeavtale elbiler', 'option', '2027-03-31', null],
    ]);
    expect(ok(s, 'contracts.deadlines', { months: 3 }).map((d) => d.contractId)).toEqual([old.id, old.id]);
    expect(ok(s, 'contracts.deadlines', { months: 12 }).map((d) => d.kind)).toContain('expiry');
    expect(k.id).toBeGreaterThan(0);
  });

  it('records pay-and-conditions follow-up: a risk assessment plans a control, the control clears it', () => {
    const { s, contractInput } = awarded();
    let k = ok(s, 'contracts.create', { ...contractInput, startDate: '2025-07-01', endDate: '2027-06-30' });
    expect(
      err(s, 'contracts.addFollowup', {
        contractId: k.id,
        kind: 'risk_assessment',
        date: '2025-08-01',
        title: 'Risikovurdering',
      }).issues?.[0]?.path,
    ).toBe('riskLevel');
    k = ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'risk_assessment',
      date: '2025-08-01',
      title: 'Risikovurdering',
      riskLevel: 'high',
      nextControlDue: '2026-12-15',
    });
    expect(k.controlDue).toBe('2026-12-15');
    expect(ok(s, 'contracts.deadlines', { months: 3 }).map((d) => d.kind)).toContain('control');
    expect(
      err(s, 'contracts.addFollowup', { contractId: k.id, kind: 'control', date: '2025-10-01', title: 'Kontroll' })
        .issues?.[0]?.path,
    ).toBe('findings');
    k = ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'control',
      date: '2025-10-01',
      title: 'Kontroll',
      findings: 'Timelister og lønnsslipper i orden.',
      reportWritten: true,
    });
    expect(k.controlDue).toBeNull();
    expect(k.followups.map((f) => f.kind)).toEqual(['risk_assessment', 'control']);
  });

  it('a terminated contract is final', () => {
    const { s, contractInput } = awarded();
    let k = ok(s, 'contracts.create', { ...contractInput, options: [{ lengthMonths: 12, decideBy: '2026-03-31' }] });
    k = ok(s, 'contracts.terminate', {
      id: k.id,
      version: k.version,
      date: '2026-01-15',
      reason: 'Vesentlig mislighold',
    });
    expect(k).toMatchObject({ status: 'terminated', terminatedDate: '2026-01-15' });
    expect(
      err(s, 'contracts.decideOption', {
        id: k.id,
        version: k.version,
        seq: 1,
        decision: 'exercised',
        date: '2026-02-01',
      }),
    ).toMatchObject({ status: 409 });
    expect(ok(s, 'contracts.deadlines', { months: 12 })).toEqual([]);
  });
});
