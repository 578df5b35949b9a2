import { describe, expect, it } from 'vitest';
import type { Input } from '../../core/index.js';
import type { Caller } from '../../service/context.js';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

// A case's complaints against a real register (today is 25 November 2026 in the temp service): one recorded by
// mistake removed, with the audit trail keeping it; dates that contradict each other refused on their field.

const complaint = (over: Partial<Input<'complaints.add'>['complaint']> = {}) => ({
  kind: 'office' as const,
  date: '2026-11-06',
  supplier: 'Lade AS',
  concerns: 'Evalueringen av kvalitet.',
  answerDue: '2026-11-16',
  ...over,
});

function withCase() {
  const s = tempService();
  const c = ok(s, 'cases.create', sampleCase());
  return { s, c };
}

describe('removing a complaint recorded by mistake', () => {
  it('removes it from the case, keeps the other, and the case history holds what was removed', () => {
    const { s, c } = withCase();
    ok(s, 'complaints.add', { caseId: c.id, complaint: complaint() });
    const both = ok(s, 'complaints.add', {
      caseId: c.id,
      complaint: complaint({ kind: 'injunction', supplier: 'Feil AS', answerDue: null }),
    });
    const wrong = both.find((x) => x.supplier === 'Feil AS')!;
    const after = ok(s, 'complaints.remove', { id: wrong.id });
    expect(after.map((x) => x.supplier)).toEqual(['Lade AS']);
    expect(ok(s, 'complaints.list', { caseId: c.id })).toEqual(after);
    const [last] = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    expect(last).toMatchObject({ method: 'complaints.remove' });
    expect(JSON.stringify(last)).toContain('Feil AS');
    // Gone is gone: a second removal is a 404, not a silent success.
    const again = err(s, 'complaints.remove', { id: wrong.id });
    expect(again.message).toBe(`Fant ikke #${wrong.id}.`);
  });

  it('lets the office’s buyers remove one, not a reader', async () => {
    const { s, c } = withCase();
    const [x] = ok(s, 'complaints.add', { caseId: c.id, complaint: complaint() });
    const reader: Caller = { username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] };
    const r = await s.call('complaints.remove', { id: x!.id }, 'nb', reader);
    expect(r.ok ? 200 : r.status).toBe(403);
    expect(ok(s, 'complaints.list', { caseId: c.id })).toHaveLength(1);
  });
});

describe("a complaint's dates against each other and today", () => {
  const issues = (r: ReturnType<typeof err>) => r.issues?.map((i) => [i.path, i.message]);

  it('refuses an answer before the complaint came in, on the answer date, when adding and when changing', () => {
    const { s, c } = withCase();
    expect(
      issues(err(s, 'complaints.add', { caseId: c.id, complaint: complaint({ closedDate: '2026-11-01' }) })),
    ).toEqual([
      [
        'complaint.closedDate',
        'Klagen kan ikke være besvart før den ble mottatt. Sjekk datoen for svaret og mottaksdatoen.',
      ],
    ]);
    const [x] = ok(s, 'complaints.add', { caseId: c.id, complaint: complaint() });
    const { id, caseId: _c, ...fields } = x!;
    expect(
      issues(
        err(s, 'complaints.update', { id, complaint: { ...fields, closedDate: '2026-11-05', outcome: 'upheld' } }),
      ),
    ).toEqual([
      [
        'complaint.closedDate',
        'Klagen kan ikke være besvart før den ble mottatt. Sjekk datoen for svaret og mottaksdatoen.',
      ],
    ]);
    expect(ok(s, 'complaints.list', { caseId: c.id })[0]).toMatchObject({ closedDate: null, outcome: null });
  });

  it('gives a complaint to KOFA without an answer date KOFA’s own: ten working days from its letter', () => {
    const { s, c } = withCase();
    const list = ok(s, 'complaints.add', {
      caseId: c.id,
      complaint: complaint({ kind: 'kofa', kofaCaseNo: '2026/412', date: '2026-11-13', answerDue: null }),
    });
    // Friday 13 November 2026: ten working days on is Friday 27 November.
    expect(list[0]?.answerDue).toBe('2026-11-27');
    // One the office gives is kept.
    const own = ok(s, 'complaints.update', {
      id: list[0]!.id,
      complaint: complaint({ kind: 'kofa', kofaCaseNo: '2026/412', date: '2026-11-13', answerDue: '2026-12-11' }),
    });
    expect(own[0]?.answerDue).toBe('2026-12-11');
  });

  it('keeps an archived case as it was closed: no complaint, notice, participant or award recorded on it', () => {
    const { s, c } = withCase();
    const added = ok(s, 'complaints.add', { caseId: c.id, complaint: complaint() });
    const v = ok(s, 'cases.get', { id: c.id }).version;
    ok(s, 'cases.archive', { id: c.id, version: v });
    const refusals = [
      err(s, 'complaints.add', { caseId: c.id, complaint: complaint() }),
      err(s, 'complaints.update', { id: added[0]!.id, complaint: complaint({ concerns: 'Endret.' }) }),
      err(s, 'complaints.remove', { id: added[0]!.id }),
      err(s, 'notices.add', {
        caseId: c.id,
        notice: { kind: 'contract', platform: 'doffin', ref: '2026-104455', date: '2026-10-01' },
      }),
      err(s, 'joint.add', {
        caseId: c.id,
        participant: { name: 'Malvik kommune', orgnr: '939865942', share: 30, shareUnit: 'pct', lead: false },
      }),
      err(s, 'protocol.recordAward', { caseId: c.id, version: 0, noticeDate: '2026-11-04' }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(refusals[0]!.message).toMatch(/arkiv/i);
    expect(ok(s, 'complaints.list', { caseId: c.id })).toHaveLength(1);
  });

  it('refuses an outcome without its date, and KOFA’s fee without its decision', () => {
    const { s, c } = withCase();
    expect(issues(err(s, 'complaints.add', { caseId: c.id, complaint: complaint({ outcome: 'rejected' }) }))).toEqual([
      ['complaint.outcome', 'Et utfall hører til et svar: skriv når klagen ble besvart, eller ta bort utfallet.'],
    ]);
    expect(
      issues(
        err(
          s,
          'complaints.add',
          { caseId: c.id, complaint: complaint({ kind: 'kofa', kofaCaseNo: '2026/412', fee: true }) },
          'en',
        ),
      ),
    ).toEqual([
      ['complaint.fee', "A fee is imposed in KOFA's decision: write when KOFA decided the case, or untick the fee."],
    ]);
    // Closed without an outcome (withdrawn) is allowed.
    expect(
      ok(s, 'complaints.add', { caseId: c.id, complaint: complaint({ closedDate: '2026-11-10' }) })[0],
    ).toMatchObject({ closedDate: '2026-11-10', outcome: null });
  });

  it('refuses a KOFA case number not in KOFA’s shape, in nynorsk too', () => {
    const { s, c } = withCase();
    expect(
      issues(
        err(
          s,
          'complaints.add',
          { caseId: c.id, complaint: complaint({ kind: 'kofa', kofaCaseNo: '412/2026' }) },
          'nn',
        ),
      ),
    ).toEqual([
      [
        'complaint.kofaCaseNo',
        'Skriv saksnummeret slik KOFA gir det: årstal, skråstrek og løpenummer, t.d. 2024/1234.',
      ],
    ]);
  });

  it('refuses a received date or a lifting in the future (by the service’s today), but not an answer due ahead', () => {
    const { s, c } = withCase();
    expect(
      issues(err(s, 'complaints.add', { caseId: c.id, complaint: complaint({ date: '2026-11-26', answerDue: null }) })),
    ).toEqual([['complaint.date', 'Datoen klagen kom inn (eller forføyningen ble gitt) kan ikke være fram i tid.']]);
    expect(
      issues(
        err(s, 'complaints.add', {
          caseId: c.id,
          complaint: complaint({ kind: 'injunction', answerDue: null, closedDate: '2026-12-01' }),
        }),
      ),
    ).toEqual([
      [
        'complaint.closedDate',
        'Datoen forføyningen ble opphevet kan ikke være fram i tid. Står den fortsatt, la feltet stå tomt.',
      ],
    ]);
    expect(ok(s, 'complaints.list', { caseId: c.id })).toEqual([]);
    expect(
      ok(s, 'complaints.add', { caseId: c.id, complaint: complaint({ date: '2026-11-25', answerDue: '2026-12-07' }) }),
    ).toHaveLength(1);
  });
});
