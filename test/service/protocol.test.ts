import { describe, expect, it } from 'vitest';
import { ok, err, sampleCase, tempService, TODAY } from '../helpers/tempService.js';
import type { Caller } from '../../service/context.js';

const FULL = {
  lotsReason:
    'Én leverandør må ha helhetsansvar for mobiliteten; deling ville gitt grensesnitt mellom flåte og lading.',
  procedureReason: 'Løsningen kan ikke beskrives uten forhandling, jf. FOA § 13-2 (1) b.',
  conflictsOfInterest: 'Alle i evalueringsgruppen har signert habilitetserklæring; ingen interessekonflikter.',
  selectionReason: 'De tre best kvalifiserte etter kvalifikasjonskravene ble invitert (FOA § 16-11).',
};

describe('procurement protocol', () => {
  it("flags what the case's regime requires and is missing, and refuses to finalise until it is recorded", () => {
    const s = tempService();
    // Services above the EEA threshold (part III), by negotiation.
    const c = ok(
      s,
      'cases.create',
      sampleCase({ kind: 'tjenester', estimatedValue: 5_000_000, procedure: 'forhandling' }),
    );
    const p0 = ok(s, 'protocol.get', { caseId: c.id });
    expect(p0).toMatchObject({ regime: 'partIII', required: true, version: 0 });
    expect(p0.missing).toEqual(['lotsReason', 'procedureReason', 'conflicts']);
    // Not due yet: who took part (no notice), the winner (no contract), the cancellation.
    for (const item of ['participants', 'winner', 'awardReason', 'cancellation'])
      expect(p0.items.find((i) => i.item === item)?.required).toBe(false);

    const p1 = ok(s, 'protocol.save', {
      caseId: c.id,
      version: 0,
      lotsReason: FULL.lotsReason,
      participants: [{ name: 'Mobil AS', rejected: true }],
    });
    expect(p1.missing).toEqual(['procedureReason', 'conflicts']);
    expect(err(s, 'protocol.finalise', { caseId: c.id, version: p1.version })).toMatchObject({
      message:
        'Protokollen kan ikke ferdigstilles før dette er fylt ut: Begrunnelse for prosedyren der forskriften krever et vilkår (forhandling, dialog, uten kunngjøring, uten konkurranse); Inhabilitet og konkurransevridning, og tiltak mot dem.',
    });

    // Once the notice is out, who took part is due, and a rejection needs its reason.
    const d = ok(s, 'cases.get', { id: c.id });
    let v = d.version;
    for (const phase of ['markedsdialog', 'konkurransestrategi', 'konkurransegrunnlag', 'kunngjoring'] as const)
      v = ok(s, 'cases.changePhase', { id: c.id, version: v, phase, date: TODAY }).version;
    const p2a = ok(s, 'protocol.save', {
      caseId: c.id,
      version: p1.version,
      ...FULL,
      participants: [{ name: 'Mobil AS', requested: true, rejected: true }],
    });
    // The reason in the protocol is not enough: the case must record the ground in § 13-2 it rests on.
    expect(p2a.missing).toEqual(['procedureReason', 'rejections']);
    const { registeredDate: _r, ...caseFields } = sampleCase({
      kind: 'tjenester',
      estimatedValue: 5_000_000,
      procedure: 'forhandling',
    });
    ok(s, 'cases.update', {
      ...caseFields,
      id: c.id,
      version: v,
      procedureGround: 'foa_13_2_b',
      procedureGroundNote: 'Løsningen må utvikles sammen med leverandørene.',
    });
    const p2 = ok(s, 'protocol.get', { caseId: c.id });
    expect(p2.ground).toEqual({
      ref: 'FOA § 13-2 bokstav b',
      text: 'anskaffelsen inkluderer design eller innovative løsninger',
      note: 'Løsningen må utvikles sammen med leverandørene.',
    });
    expect(p2.section).toBe('foa_25_5');
    expect(p2.missing).toEqual(['rejections']);
    const p3 = ok(s, 'protocol.save', {
      caseId: c.id,
      version: p2.version,
      ...FULL,
      participants: [
        {
          name: 'Mobil AS',
          requested: true,
          rejected: true,
          rejectionReason: 'Oppfylte ikke kravet til økonomisk kapasitet.',
        },
      ],
    });
    expect(p3.missing).toEqual([]);
    const final = ok(s, 'protocol.finalise', { caseId: c.id, version: p3.version });
    expect(final.finalisedAt).not.toBeNull();
    // A change afterwards makes it a draft again, and the history has each step.
    const p4 = ok(s, 'protocol.save', {
      caseId: c.id,
      version: final.version,
      ...FULL,
      subcontractors: 'Ladeservice AS',
      participants: p3.fields.participants,
    });
    expect(p4.finalisedAt).toBeNull();
    const history = ok(s, 'audit.forRecord', { entity: 'case', id: c.id }).map((e) => e.method);
    expect(history.filter((m) => m.startsWith('protocol.'))).toEqual([
      'protocol.save',
      'protocol.finalise',
      'protocol.save',
      'protocol.save',
      'protocol.save',
    ]);
    expect(err(s, 'protocol.save', { caseId: c.id, version: p3.version, ...FULL })).toMatchObject({ code: 'conflict' });
  });

  it('needs no protocol below NOK 100,000, and only the basics below the national threshold', () => {
    const s = tempService();
    const small = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/1', estimatedValue: 80_000, procedure: 'direkte' }),
    );
    expect(ok(s, 'protocol.get', { caseId: small.id })).toMatchObject({ required: false, missing: [] });
    const partI = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/2', estimatedValue: 600_000, procedure: 'direkte' }),
    );
    // Part I has no procedure rules: a direct award needs no ground, only the duty to document (§ 7-1).
    const p = ok(s, 'protocol.get', { caseId: partI.id });
    expect(p.section).toBe('foa_7_1');
    expect(p.missing).toEqual([]);
    expect(p.items.filter((i) => i.required).map((i) => i.item)).toEqual(['buyer', 'subject', 'value', 'procedure']);
  });

  it('asks for everything part III would when no thresholds are registered for the case\'s date, never "no protocol needed"', () => {
    const s = tempService();
    const old = ok(
      s,
      'cases.create',
      sampleCase({
        caseNumber: '2019/7',
        estimatedValue: 6_000_000,
        kind: 'tjenester',
        procedure: 'apen_anbud',
        registeredDate: '2019-02-01',
      }),
    );
    const p = ok(s, 'protocol.get', { caseId: old.id });
    expect(p).toMatchObject({ regime: null, required: true });
    expect(p.missing).toEqual(['lotsReason', 'conflicts']);
  });
});

describe('a protocol saved on a stale version (409)', () => {
  it('names who last changed the protocol and when, and carries the protocol as it is now', () => {
    const s = tempService();
    const { registeredDate: _r, ...fields } = sampleCase({ kind: 'tjenester', estimatedValue: 5_000_000 });
    const c = ok(s, 'cases.create', sampleCase({ kind: 'tjenester', estimatedValue: 5_000_000 }));
    const opened = ok(s, 'protocol.get', { caseId: c.id });
    const kari: Caller = { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] };
    const ola: Caller = { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] };
    const per: Caller = { username: 'per', name: 'Per Ødegård', role: 'innkjøper', departments: [] };
    const karis = s.dispatch(
      'protocol.save',
      { caseId: c.id, version: opened.version, ...opened.fields, lotsReason: 'Karis begrunnelse' },
      'nb',
      kari,
    );
    expect(karis.ok).toBe(true);
    // A later change to the case's own fields is not a change to the protocol: Kari is still who changed it.
    const kase = ok(s, 'cases.get', { id: c.id });
    expect(
      s.dispatch('cases.update', { ...fields, id: c.id, version: kase.version, title: 'Pers tittel' }, 'nb', per).ok,
    ).toBe(true);

    const r = s.dispatch(
      'protocol.save',
      { caseId: c.id, version: opened.version, ...opened.fields, lotsReason: 'Olas begrunnelse' },
      'en',
      ola,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    const { conflict, message } = r.body.error;
    expect(conflict).toMatchObject({ by: 'Kari Nordmann', method: 'protocol.get', at: expect.any(String) });
    expect(Date.now() - Date.parse(conflict!.at!)).toBeLessThan(60_000);
    expect(conflict!.current).toMatchObject({
      caseId: c.id,
      version: opened.version + 1,
      fields: { lotsReason: 'Karis begrunnelse' },
    });
    expect(message).toMatch(
      /^The protocol was changed by someone else .* Last changed by Kari Nordmann at \d+ \w+ \d{4} \d\d:\d\d\.$/,
    );
    // Nothing of Ola's was written.
    expect(ok(s, 'protocol.get', { caseId: c.id }).fields.lotsReason).toBe('Karis begrunnelse');
  });

  it('says who for a stale finalising too', () => {
    const s = tempService();
    const c = ok(
      s,
      'cases.create',
      sampleCase({ kind: 'tjenester', estimatedValue: 5_000_000, procedure: 'apen_anbud' }),
    );
    const kari: Caller = { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] };
    const p1 = ok(s, 'protocol.save', { caseId: c.id, version: 0, ...FULL });
    expect(
      s.dispatch('protocol.save', { caseId: c.id, version: p1.version, ...FULL, notes: 'Kari' }, 'nb', kari).ok,
    ).toBe(true);
    const r = s.dispatch('protocol.finalise', { caseId: c.id, version: p1.version }, 'nb', kari);
    expect(r.ok || r.body.error.conflict).toMatchObject({
      by: 'Kari Nordmann',
      current: { fields: { notes: 'Kari' } },
    });
  });
});
