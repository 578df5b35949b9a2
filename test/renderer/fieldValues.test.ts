import { describe, expect, it } from 'vitest';
import { render } from '../../core/index.js';
import { fieldValueText, fieldWord } from '../../renderer/src/i18n/fieldValues.js';
import { strings, type StringKey } from '../../renderer/src/i18n/strings.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

const t = (k: StringKey) => render(strings[k], 'nb');

describe('the history shows recorded values as the forms do', () => {
  it('names codes, writes sums and dates as Norwegians do, and a protocol supplier by what it did', () => {
    expect(fieldValueText('phase', 'tildeling', t, 'nb')).toBe('Tildeling');
    expect(fieldValueText('procedure', 'apen_anbud', t, 'nb')).toBe('Åpen anbudskonkurranse');
    expect(fieldValueText('estimatedValue', 6_000_000, t, 'nb')).toBe('6\u00a0000\u00a0000\u00a0kr');
    expect(fieldValueText('plannedNoticeDate', '2026-02-10', t, 'nb')).toBe('10.02.2026');
    expect(
      fieldValueText(
        'protocol.participants',
        [
          {
            name: 'Renhold Øst AS',
            orgnr: '912345678',
            requested: true,
            selected: false,
            tendered: true,
            rejected: false,
            rejectionReason: '',
          },
        ],
        t,
        'nb',
      ),
    ).toBe('Renhold Øst AS (912345678): Ba om å delta, Ga tilbud');
    expect(fieldValueText('title', '', t, 'nb')).toBe('–');
    expect(fieldWord('protocol.participants', t)).toBe(strings.protocolSuppliersHeading.nb);
  });

  it('leaves no stored code, key or record in the words of a real case history', () => {
    const s = tempService();
    const c = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/5', title: 'Skolemøbler', procedure: 'apen_anbud', estimatedValue: 900_000 }),
    );
    const c2 = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'kunngjoring', date: '2026-10-01' });
    const { registeredDate: _registered, ...fields } = sampleCase({
      caseNumber: '2026/5',
      title: 'Skolemøbler til Lia skole',
      procedure: 'begrenset_anbud',
      estimatedValue: 1_200_000,
    });
    ok(s, 'cases.update', { ...fields, id: c.id, version: c2.version });
    ok(s, 'protocol.save', {
      caseId: c.id,
      version: 0,
      participants: [{ name: 'Møbelhuset AS', requested: true, tendered: true }],
    });
    const entries = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    const words = entries.flatMap((e) =>
      e.changes.flatMap((ch) => [
        fieldWord(ch.field, t),
        fieldValueText(ch.field, ch.before, t, 'nb'),
        fieldValueText(ch.field, ch.after, t, 'nb'),
      ]),
    );
    expect(words.length).toBeGreaterThan(6);
    const text = words.join(' | ');
    for (const raw of [
      'apen_anbud',
      'begrenset_anbud',
      'kunngjoring',
      'requested',
      'tendered',
      'true',
      '[object',
      '{',
      'estimatedValue',
      'protocol.',
    ])
      expect(text).not.toContain(raw);
    expect(text).toContain('Møbelhuset AS: Ba om å delta, Ga tilbud');
    expect(text).toContain('Begrenset anbudskonkurranse');
  });

  it('names the codes of a case’s participants, notices and complaints as their panels do', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/6', estimatedValue: 10_000_000 }));
    const j = ok(s, 'joint.add', {
      caseId: c.id,
      participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 12.5, lead: false },
    });
    ok(s, 'joint.update', {
      id: j.participants[0]!.id,
      was: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 12.5, lead: false },
      participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'nok', share: 2_000_000, lead: true },
    });
    ok(s, 'notices.add', {
      caseId: c.id,
      notice: { kind: 'contract', platform: 'doffin', ref: '2026-101234', date: '2026-03-02' },
    });
    ok(s, 'complaints.add', {
      caseId: c.id,
      complaint: {
        kind: 'kofa',
        date: '2026-05-02',
        supplier: 'Renhold Øst AS',
        outcome: 'rejected',
        closedDate: '2026-06-01',
      },
    });
    const entries = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    const text = entries
      .flatMap((e) =>
        e.changes.flatMap((ch) => [
          fieldValueText(ch.field, ch.before, t, 'nb'),
          fieldValueText(ch.field, ch.after, t, 'nb'),
        ]),
      )
      .join(' | ');
    for (const raw of ['pct', 'nok', 'doffin', 'kofa', 'rejected', ': contract', '12.5', '2000000'])
      expect(text).not.toContain(raw);
    expect(text).toContain(`${strings.jointShareUnit.nb}: ${strings.jointUnitPct.nb}`);
    expect(text).toContain(`${strings.jointShareUnit.nb}: ${strings.jointUnitNok.nb}`);
    expect(text).toContain('12,5\u00a0%');
    expect(text).toContain('2\u00a0000\u00a0000\u00a0kr');
    expect(text).toContain('Doffin');
    expect(text).toContain('KOFA');
  });
});
