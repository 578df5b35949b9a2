import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  canUndoOptionDecision,
  formatDate,
  optionPeriodStart,
  suggestedDecideBy,
  type Input,
} from '../../core/index.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Issue 17: a contract can be corrected (versioned, audited, checked as when it was made),
// and an option's decision can be undone with a reason until the option's period starts.

function withContract(today?: string) {
  const s = tempService(today ? { today } : {});
  let c = ok(s, 'cases.create', sampleCase({ kind: 'tjenester', registeredDate: '2025-01-10' }));
  c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2025-05-01' });
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  const other = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '923609016', name: 'Bil og Lading AS' }));
  const k = ok(s, 'contracts.create', {
    caseId: c.id,
    title: 'Rammeavtale elbiler',
    supplierIds: [sup.id],
    value: 3_400_000,
    startDate: '2025-07-01',
    endDate: '2026-06-30',
    owner: 'Nina Holm',
    options: [
      { lengthMonths: 12, decideBy: '2026-03-31' },
      { lengthMonths: 12, decideBy: '2027-03-31' },
    ],
  });
  return { s, k, sup, other };
}

type ContractOut = ReturnType<typeof withContract>['k'];
/** The update a form sends: every field as the contract holds it, with `over` on top. */
const editOf = (k: ContractOut, over: Partial<Input<'contracts.update'>> = {}): Input<'contracts.update'> => ({
  id: k.id,
  version: k.version,
  title: k.title,
  supplierIds: k.suppliers.map((x) => x.id),
  value: k.value,
  signedDate: k.signedDate,
  startDate: k.startDate,
  endDate: k.endDate,
  noticeMonths: k.noticeMonths,
  owner: k.owner,
  administrator: k.administrator,
  options: k.options.map((o) => ({ lengthMonths: o.lengthMonths, decideBy: o.decideBy })),
  paySector: k.paySector,
  apprenticeDecision: k.apprenticeDecision,
  apprenticeNote: k.apprenticeNote,
  ...over,
});

describe('correcting a contract', () => {
  it('saves every field of the form, bumps the version and records what changed', () => {
    const { s, k, other } = withContract();
    const u = ok(
      s,
      'contracts.update',
      editOf(k, {
        value: 3_900_000,
        supplierIds: [other.id],
        endDate: '2026-08-31',
        options: [{ lengthMonths: 6, decideBy: '2026-05-31' }],
      }),
    );
    expect(u).toMatchObject({
      value: 3_900_000,
      endDate: '2026-08-31',
      version: k.version + 1,
      currentEnd: '2026-08-31',
      latestEnd: '2027-02-28',
    });
    expect(u.suppliers.map((x) => x.name)).toEqual(['Bil og Lading AS']);
    // The second option was left out: it is gone, the first is rewritten.
    expect(u.options.map((o) => [o.seq, o.lengthMonths, o.decideBy, o.status])).toEqual([[1, 6, '2026-05-31', 'open']]);
    const [entry] = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(entry!.method).toBe('contracts.update');
    expect(entry!.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['value', 'endDate', 'suppliers', 'options']),
    );
    expect(entry!.changes.find((c) => c.field === 'value')).toEqual({
      field: 'value',
      before: 3_400_000,
      after: 3_900_000,
    });
  });

  it('refuses a stale version in words, and keeps what the other person saved', () => {
    const { s, k } = withContract();
    ok(s, 'contracts.update', editOf(k, { owner: 'Per Hansen' }));
    const stale = err(s, 'contracts.update', editOf(k, { owner: 'Kari Nordmann' }));
    // Who saved first and when, from the contract's history (service/conflicts.ts).
    expect(stale).toMatchObject({ status: 409 });
    expect(stale.message).toMatch(
      /^Kontrakten er endret av noen andre siden du åpnet den\. Last inn på nytt og gjør endringen igjen\. Sist endret av .+ \d\d\.\d\d\.\d{4} \d\d:\d\d\.$/,
    );
    expect(ok(s, 'contracts.get', { id: k.id }).owner).toBe('Per Hansen');
    expect(err(s, 'contracts.update', editOf(k, { owner: 'Kari Nordmann' }), 'en').message).toMatch(
      /^The contract was changed by someone else since you opened it\. Reload it and make your change again\. Last changed by .+ at .+\.$/,
    );
  });

  it('checks a correction as it checks a new contract, naming the option', () => {
    const { s, k } = withContract();
    expect(err(s, 'contracts.update', editOf(k, { title: '' })).issues?.[0]?.path).toBe('title');
    expect(err(s, 'contracts.update', editOf(k, { endDate: '2025-01-01' })).issues).toEqual([
      { path: 'endDate', message: 'Sluttdatoen kan ikke være før startdatoen.' },
    ]);
    expect(
      err(
        s,
        'contracts.update',
        editOf(k, {
          options: [
            { lengthMonths: 12, decideBy: '2026-03-31' },
            { lengthMonths: 12, decideBy: '2027-08-01' },
          ],
        }),
      ).issues,
    ).toEqual([
      {
        path: 'options.1.decideBy',
        message: 'Opsjon 2: må avgjøres senest når perioden den forlenger slutter (30.06.2027).',
      },
    ]);
    expect(
      err(s, 'contracts.update', editOf(k, { options: [{ lengthMonths: 0, decideBy: '2026-03-31' }] })).issues?.[0]
        ?.path,
    ).toBe('options.0.lengthMonths');
    // Nothing was saved by the refusals.
    expect(ok(s, 'contracts.get', { id: k.id }).version).toBe(k.version);
  });

  it('keeps a decided option as decided: it cannot be changed or left out until the decision is undone', () => {
    const { s, k } = withContract();
    const d = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: k.version,
      seq: 1,
      decision: 'exercised',
      date: '2026-03-01',
    });
    expect(
      err(
        s,
        'contracts.update',
        editOf(d, {
          options: [
            { lengthMonths: 24, decideBy: '2026-03-31' },
            { lengthMonths: 12, decideBy: '2027-03-31' },
          ],
        }),
      ).issues,
    ).toEqual([
      {
        path: 'options.0.lengthMonths',
        message: 'Opsjon 1: er avgjort og kan ikke endres eller fjernes; angre beslutningen først.',
      },
    ]);
    expect(err(s, 'contracts.update', editOf(d, { options: [] })).issues?.[0]?.message).toMatch(/^Opsjon 1: /);
    // The open one after it can still be corrected; options left out of the input stay as they are.
    const u = ok(
      s,
      'contracts.update',
      editOf(d, {
        options: [
          { lengthMonths: 12, decideBy: '2026-03-31' },
          { lengthMonths: 6, decideBy: '2027-02-28' },
        ],
      }),
    );
    expect(u.options.map((o) => [o.seq, o.lengthMonths, o.status])).toEqual([
      [1, 12, 'exercised'],
      [2, 6, 'open'],
    ]);
    const { options: _o, ...noOptions } = editOf(u, { owner: 'Per Hansen' });
    expect(ok(s, 'contracts.update', noOptions).options).toEqual(u.options);
  });
});

describe('undoing an option decision', () => {
  it('returns the option to open, and records the undo with its reason', () => {
    const { s, k } = withContract('2026-04-01');
    const d = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: k.version,
      seq: 1,
      decision: 'exercised',
      date: '2026-03-01',
    });
    expect(d.currentEnd).toBe('2027-06-30');
    expect(
      err(s, 'contracts.undoOptionDecision', { id: k.id, version: d.version, seq: 1, reason: '  ' }).issues?.[0]?.path,
    ).toBe('reason');
    const u = ok(s, 'contracts.undoOptionDecision', {
      id: k.id,
      version: d.version,
      seq: 1,
      reason: 'Vedtaket ble registrert på feil kontrakt.',
    });
    expect(u.options[0]).toMatchObject({ seq: 1, status: 'open', decidedDate: null });
    expect(u).toMatchObject({ currentEnd: '2026-06-30', version: d.version + 1 });
    const [entry] = ok(s, 'audit.forRecord', { entity: 'contract', id: k.id });
    expect(entry!.method).toBe('contracts.undoOptionDecision');
    expect(entry!.changes).toContainEqual({
      field: 'reason',
      before: null,
      after: 'Vedtaket ble registrert på feil kontrakt.',
    });
    expect(entry!.changes.find((c) => c.field === 'options')?.after).toEqual([
      { seq: 1, lengthMonths: 12, decideBy: '2026-03-31', status: 'open', decidedDate: null },
      { seq: 2, lengthMonths: 12, decideBy: '2027-03-31', status: 'open', decidedDate: null },
    ]);
    // A stale page cannot undo it again, and an open option has nothing to undo.
    expect(
      err(s, 'contracts.undoOptionDecision', { id: k.id, version: d.version, seq: 1, reason: 'Igjen' }),
    ).toMatchObject({ status: 400 });
    expect(
      err(s, 'contracts.undoOptionDecision', { id: k.id, version: u.version, seq: 1, reason: 'Igjen' }).issues?.[0]
        ?.message,
    ).toBe('Opsjon 1: er ikke avgjort, så det er ingen beslutning å angre.');
  });

  it('undoing a decline brings back the options that lapsed with it; a later decision is undone first', () => {
    const { s, k } = withContract('2026-04-01');
    let d = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: k.version,
      seq: 1,
      decision: 'declined',
      date: '2026-03-01',
    });
    expect(d.options.map((o) => o.status)).toEqual(['declined', 'declined']);
    d = ok(s, 'contracts.undoOptionDecision', { id: k.id, version: d.version, seq: 1, reason: 'Feil knapp.' });
    expect(d.options.map((o) => o.status)).toEqual(['open', 'open']);
    d = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: d.version,
      seq: 1,
      decision: 'exercised',
      date: '2026-03-01',
    });
    d = ok(s, 'contracts.decideOption', {
      id: k.id,
      version: d.version,
      seq: 2,
      decision: 'exercised',
      date: '2026-03-15',
    });
    expect(
      err(s, 'contracts.undoOptionDecision', { id: k.id, version: d.version, seq: 1, reason: 'Feil.' }).issues,
    ).toEqual([{ path: 'seq', message: 'Opsjon 1: angre beslutningen om opsjon 2 først.' }]);
    expect(
      err(s, 'contracts.undoOptionDecision', { id: k.id, version: d.version, seq: 1, reason: 'Feil.' }, 'nn')
        .issues?.[0]?.message,
    ).toBe('Opsjon 1: angre avgjerda om opsjon 2 først.');
  });

  it('names the option in every refusal of a decision', () => {
    const { s, k } = withContract('2026-04-01');
    expect(
      err(s, 'contracts.decideOption', {
        id: k.id,
        version: k.version,
        seq: 2,
        decision: 'exercised',
        date: '2026-03-01',
      }).issues?.[0]?.message,
    ).toBe('Opsjon 2: opsjonene brukes i rekkefølge; avgjør opsjon 1 først.');
    expect(
      err(
        s,
        'contracts.decideOption',
        { id: k.id, version: k.version, seq: 1, decision: 'exercised', date: '2026-05-01' },
        'en',
      ).issues?.[0]?.message,
    ).toBe('Option 1: the decision date cannot be in the future.');
  });

  // From the first day of the option's period the contract runs (or ends) by the decision: undo is refused from then on.
  it('is allowed before the option period starts and refused from its first day (any date)', () => {
    const boundary = { 1: '2026-07-01', 2: '2027-07-01' } as const;
    fc.assert(
      fc.property(fc.constantFrom(1, 2), fc.integer({ min: -300, max: 300 }), (seq, offset) => {
        const today = addDays(boundary[seq], offset);
        if (today < '2026-03-15') return; // the decisions below are dated then and cannot be in the future
        const { s, k } = withContract(today);
        let d = ok(s, 'contracts.decideOption', {
          id: k.id,
          version: k.version,
          seq: 1,
          decision: 'exercised',
          date: '2026-03-01',
        });
        if (seq === 2)
          d = ok(s, 'contracts.decideOption', {
            id: k.id,
            version: d.version,
            seq: 2,
            decision: 'exercised',
            date: '2026-03-15',
          });
        const r = s.dispatch(
          'contracts.undoOptionDecision',
          { id: k.id, version: d.version, seq, reason: 'Registrert ved en feil.' },
          'nb',
        );
        expect(r.ok).toBe(offset < 0);
        if (!r.ok) {
          const date = seq === 1 ? '01.07.2026' : '01.07.2027';
          expect(r.body.error.issues?.map(({ path, message }) => ({ path, message }))).toEqual([
            {
              path: 'seq',
              message: `Opsjon ${seq}: perioden startet ${date}; fra den dagen kan beslutningen ikke lenger angres.`,
            },
          ]);
          expect(ok(s, 'contracts.get', { id: k.id }).options[seq - 1]!.status).toBe('exercised');
          const inOther = (locale: 'nn' | 'en') =>
            (
              s.dispatch(
                'contracts.undoOptionDecision',
                { id: k.id, version: d.version, seq, reason: 'Feil.' },
                locale,
              ) as { body: { error: { issues: { message: string }[] } } }
            ).body.error.issues[0]!.message;
          expect(inOther('nn')).toBe(
            `Opsjon ${seq}: perioden starta ${date}; frå den dagen kan avgjerda ikkje lenger angrast.`,
          );
          expect(inOther('en')).toBe(
            `Option ${seq}: its period started on ${formatDate(boundary[seq], 'en')}; from that day the decision can no longer be undone.`,
          );
        }
      }),
      {
        numRuns: 24,
        examples: [
          [1, -1],
          [1, 0],
          [2, -1],
          [2, 0],
        ],
      },
    );
  });
});

describe('option dates as rules', () => {
  const options = [{ lengthMonths: 12 }, { lengthMonths: 6 }, { lengthMonths: 24 }];
  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));

  it('an option period starts the day after the period before it; undo only before that day', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom(1, 2, 3), (endDate, today, seq) => {
        const start = optionPeriodStart(endDate, options, seq);
        expect(start > endDate).toBe(true);
        expect(canUndoOptionDecision(endDate, options, seq, today)).toBe(today < start);
        expect(canUndoOptionDecision(endDate, options, seq, addDays(start, -1))).toBe(true);
        expect(canUndoOptionDecision(endDate, options, seq, start)).toBe(false);
      }),
    );
  });

  it('suggests deciding the lead months before the period the option extends ends', () => {
    expect(suggestedDecideBy('2026-06-30', options, 1, 3)).toBe('2026-03-30');
    expect(suggestedDecideBy('2026-06-30', options, 2, 3)).toBe('2027-03-30');
    expect(suggestedDecideBy('2026-08-31', options, 1, 6)).toBe('2026-02-28');
    fc.assert(
      fc.property(day, fc.constantFrom(1, 2, 3), fc.integer({ min: 1, max: 12 }), (endDate, seq, lead) => {
        const by = suggestedDecideBy(endDate, options, seq, lead);
        expect(by < optionPeriodStart(endDate, options, seq)).toBe(true);
      }),
    );
  });
});

describe('the lead time is an office setting', () => {
  it('defaults to three months and is kept when set', () => {
    const s = tempService();
    expect(ok(s, 'settings.get', {}).optionLeadMonths).toBe(3);
    expect(ok(s, 'settings.set', { optionLeadMonths: 6 }).optionLeadMonths).toBe(6);
    expect(err(s, 'settings.set', { optionLeadMonths: 7 }).status).toBe(400);
    expect(ok(s, 'audit.forRecord', { entity: 'settings', id: 1 })[0]!.changes).toContainEqual({
      field: 'optionLeadMonths',
      before: 3,
      after: 6,
    });
  });
});
