import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

// Issue 14 at the service: the rules as the case page, the protocol and the
// pack show them.

describe('thresholds past their last check', () => {
  it('the case, its protocol and a pack say which values are applied and that newer ones may apply', () => {
    const s = tempService();
    const later = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/1', registeredDate: '2026-09-01', plannedNoticeDate: '2027-02-01' }));
    expect(later.regime).toBe('partIII');
    expect(later.warnings.map((w) => w.code)).toContain('lastKnownThresholds');
    const p = ok(s, 'protocol.get', { caseId: later.id });
    expect(p.ruleNotes).toEqual([expect.stringContaining('Anskaff bruker terskelverdiene som gjelder fra 14.03.2024 (FOR-2024-03-14-449)')]);
    expect(p.ruleNotes[0]).toContain('Nyere terskelverdier kan gjelde for 01.02.2027');

    const earlier = ok(s, 'cases.create', sampleCase({ caseNumber: '2025/1', registeredDate: '2025-06-01', plannedNoticeDate: '2025-09-01' }));
    expect(earlier.warnings).toEqual([]);
    expect(ok(s, 'protocol.get', { caseId: earlier.id }).ruleNotes).toEqual([]);

    const pack = ok(s, 'briefing.build', { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'public' });
    expect(pack.ruleNotes).toEqual([expect.stringContaining('Nyere terskelverdier kan gjelde for 25.11.2027')]);
  });
});

describe('threshold values the office enters itself', () => {
  const period = {
    validFrom: '2026-03-01',
    minimum: 100_000,
    national: 1_300_000,
    eea: { varer: 2_400_000, tjenester: 2_400_000, bygg_anlegg: 60_000_000, helse_sosial: 8_000_000, saerlige_tjenester: 8_000_000 },
    designContest: 1_550_000,
    regulation: 'FOR-2026-02-20-300',
    url: 'https://lovdata.no/dokument/LTI/forskrift/2026-02-20-300',
  };

  it('applies from their date in force, shown apart from the shipped values, audited, and can be withdrawn', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase({ kind: 'tjenester', estimatedValue: 2_350_000, procedure: null, registeredDate: '2026-09-01' }));
    expect(c.regime).toBe('partIII');
    expect(c.warnings.map((w) => w.code)).toEqual(['lastKnownThresholds']);

    const v = ok(s, 'thresholds.add', period);
    expect(v.shipped.every((p) => p.origin === 'shipped')).toBe(true);
    expect(v.office).toEqual([expect.objectContaining({ validFrom: '2026-03-01', origin: 'office', enteredBy: expect.any(String), source: expect.objectContaining({ regulation: 'FOR-2026-02-20-300', confidence: 'office' }) })]);
    expect(v.table.at(-2)).toMatchObject({ validFrom: '2024-03-14', validTo: '2026-02-28', origin: 'shipped' });

    const after = ok(s, 'cases.get', { id: c.id });
    expect(after.regime).toBe('partII');
    expect(after.warnings).toEqual([{ code: 'officeThresholds', message: 'Terskelverdiene fra 01.03.2026 er lagt inn av kontoret (FOR-2026-02-20-300), ikke levert med Anskaff.' }]);
    expect(ok(s, 'protocol.get', { caseId: c.id }).ruleNotes).toEqual([after.warnings[0]!.message]);
    expect(ok(s, 'reference.get', {}).thresholds.at(-1)).toMatchObject({ origin: 'office', validFrom: '2026-03-01' });

    const id = v.office[0]!.id!;
    const w = ok(s, 'thresholds.withdraw', { id });
    expect(w.office).toEqual([]);
    expect(ok(s, 'cases.get', { id: c.id }).regime).toBe('partIII');
    const history = ok(s, 'audit.forRecord', { entity: 'threshold', id });
    expect(history.map((e) => e.method)).toEqual(['thresholds.withdraw', 'thresholds.add']);
    expect(history[1]!.changes).toContainEqual({ field: 'regulation', before: null, after: 'FOR-2026-02-20-300' });
    expect(history[0]!.changes).toContainEqual(expect.objectContaining({ field: 'withdrawnAt', before: null }));
  });

  it('refuses a period that would rewrite the shipped ones, values out of order, and a date already used', () => {
    const s = tempService();
    expect(err(s, 'thresholds.add', { ...period, validFrom: '2024-01-01' }).issues).toEqual([{ path: 'validFrom', message: 'En ny periode må begynne etter 14.03.2024, da den siste perioden Anskaff kjenner trådte i kraft.' }]);
    expect(err(s, 'thresholds.add', { ...period, eea: { ...period.eea, varer: 1_000_000 } }).issues?.[0]?.path).toBe('eea.varer');
    expect(err(s, 'thresholds.add', { ...period, regulation: '' }).issues?.[0]?.path).toBe('regulation');
    ok(s, 'thresholds.add', period);
    expect(err(s, 'thresholds.add', period).issues?.[0]?.path).toBe('validFrom');
    expect(ok(s, 'thresholds.list', {}).office).toHaveLength(1);
  });
});
