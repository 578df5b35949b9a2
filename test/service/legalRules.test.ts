import { describe, expect, it } from 'vitest';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

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
