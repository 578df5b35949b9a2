import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/index.js';
import { makeBundle } from '../../service/bundle.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

const today = '2026-11-01';

function setup() {
  const s = tempService({ today });
  const c = ok(s, 'cases.create', sampleCase());
  const a = ok(s, 'suppliers.create', sampleSupplier());
  return { s, c, a };
}

describe('a dialogue activity is planned, held or cancelled', () => {
  it('takes its status from its date until one is chosen', () => {
    const { s, c } = setup();
    expect(
      ok(s, 'dialogues.create', { caseId: c.id, form: 'rfi', date: addDays(today, 10), title: 'RFI om ladere' }).status,
    ).toBe('planned');
    expect(
      ok(s, 'dialogues.create', { caseId: c.id, form: 'rfi', date: addDays(today, -10), title: 'RFI om biler' }).status,
    ).toBe('held');
    expect(ok(s, 'dialogues.forCase', { caseId: c.id }).activities.map((d) => d.status)).toEqual(['held', 'planned']);
  });

  it('refuses a held activity in the future, saying why, and minutes or attendance before it is held', () => {
    const { s, c, a } = setup();
    const base = { caseId: c.id, form: 'dialogkonferanse' as const, title: 'Dialogkonferanse' };
    expect(err(s, 'dialogues.create', { ...base, status: 'held', date: addDays(today, 5) }).issues).toEqual([
      {
        path: 'date',
        message: 'En gjennomført aktivitet kan ikke ha en dato fram i tid. Er den ikke holdt ennå, velg «Planlagt».',
      },
    ]);
    expect(
      err(s, 'dialogues.create', { ...base, status: 'planned', date: addDays(today, 5), minutes: 'Referat' }).issues,
    ).toEqual([{ path: 'minutes', message: 'Referat kan skrives når aktiviteten er gjennomført.' }]);
    expect(
      err(
        s,
        'dialogues.create',
        { ...base, status: 'cancelled', date: addDays(today, -5), suppliers: [{ supplierId: a.id, attended: true }] },
        'en',
      ).issues,
    ).toEqual([
      { path: 'suppliers.0.attended', message: 'No one can have attended an activity that has not been held.' },
    ]);
    // Planned, then held once it has taken place: now minutes and attendance may be written.
    const planned = ok(s, 'dialogues.create', {
      ...base,
      status: 'planned',
      date: today,
      suppliers: [{ supplierId: a.id }],
    });
    const held = ok(s, 'dialogues.update', {
      id: planned.id,
      version: planned.version,
      form: 'dialogkonferanse',
      title: 'Dialogkonferanse',
      status: 'held',
      date: today,
      minutes: 'Referat',
      suppliers: [{ supplierId: a.id, attended: true }],
    });
    expect([held.status, held.minutes, held.suppliers[0]!.attended]).toEqual(['held', 'Referat', true]);
  });

  it('travels in an exchange bundle with its status (OCDS carries no dialogue, so nothing there)', () => {
    const { s: a, c } = setup();
    ok(a, 'dialogues.create', { caseId: c.id, form: 'rfi', date: addDays(today, 10), title: 'RFI, planlagt' });
    ok(a, 'dialogues.create', {
      caseId: c.id,
      form: 'besok',
      status: 'cancelled',
      date: addDays(today, -3),
      title: 'Messebesøk, avlyst',
    });
    const bundle = makeBundle(a, null, 'Kari på PC A');
    const b = tempService({ today });
    ok(b, 'bundle.import', { fileName: bundle.fileName, data: Buffer.from(bundle.bytes).toString('base64') });
    const inB = ok(b, 'cases.list', { q: c.caseNumber }).items[0]!;
    expect(ok(b, 'dialogues.forCase', { caseId: inB.id }).activities.map((d) => [d.title, d.status])).toEqual([
      ['Messebesøk, avlyst', 'cancelled'],
      ['RFI, planlagt', 'planned'],
    ]);
  });
});
