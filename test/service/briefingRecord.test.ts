import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportBriefing } from '../../service/briefing/export.js';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

// A Word pack needs no printer (typed by its shape: the printer interface's module is not this test's concern).
const noPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
const spec = { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'public' as const };

describe('the record of a briefing pack made', () => {
  it('holds the hash and size of the file the service made; no caller can claim them', async () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase({ registeredDate: '2026-03-01' }));
    // Over the API there is no way to enter a pack with a hash of one's own.
    expect(
      err(s, 'briefing.record', { spec, format: 'pdf', sha256: 'a'.repeat(64), bytes: 5, by: 'Mallory' }),
    ).toMatchObject({ status: 404, code: 'not_found' });
    expect(ok(s, 'briefing.list', {}).packs).toEqual([]);

    const r = await exportBriefing(
      { service: s, printer: noPrinter, appUrl: 'http://127.0.0.1/' },
      { spec, format: 'docx', record: true, by: 'kari' },
      'nb',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const [pack] = ok(s, 'briefing.list', {}).packs;
    expect(pack).toMatchObject({
      format: 'docx',
      version: 'public',
      sha256: createHash('sha256').update(r.bytes).digest('hex'),
      bytes: r.bytes.byteLength,
    });
  });

  it('loads a spec saved before there was a short version and a separate appendix: as the short pack, the appendix on request', () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase({ registeredDate: '2026-03-01' }));
    // A record written by an earlier version: every section, the appendix among them, and no length or part.
    const old = {
      ...spec,
      organisation: 'Prøve kommune',
      meeting: '',
      meetingDate: null,
      sections: [
        'goals',
        'phaseTimes',
        'portfolio',
        'dialogue',
        'plan',
        'contracts',
        'payConditions',
        'highlights',
        'appendix',
      ],
      highlights: [],
    };
    s.database.sqlite
      .prepare(
        "INSERT INTO briefing_packs (by, title, period_from, period_to, meeting, meeting_date, version, format, sha256, bytes, spec, content) VALUES ('kari', 'Orientering', '2026-01-01', '2026-12-31', '', NULL, 'public', 'pdf', ?, 1, ?, '{}')",
      )
      .run('0'.repeat(64), JSON.stringify(old));
    const last = ok(s, 'briefing.list', {}).lastSpec!;
    expect(last.sections).toContain('appendix');
    const pack = ok(s, 'briefing.build', last);
    expect(pack.spec).toMatchObject({ length: 'short', part: 'pack' });
    expect(pack.appendix).toEqual([]);
    expect(pack.phaseTimes.stats).toEqual([]);
    const appendix = ok(s, 'briefing.build', { ...last, part: 'appendix' });
    expect(appendix.appendix.map((c) => c.caseNumber)).toEqual([sampleCase().caseNumber]);
  });
});
