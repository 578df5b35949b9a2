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
    expect(err(s, 'briefing.record', { spec, format: 'pdf', sha256: 'a'.repeat(64), bytes: 5, by: 'Mallory' })).toMatchObject({ status: 404, code: 'not_found' });
    expect(ok(s, 'briefing.list', {}).packs).toEqual([]);

    const r = await exportBriefing({ service: s, printer: noPrinter, appUrl: 'http://127.0.0.1/' }, { spec, format: 'docx', record: true, by: 'kari' }, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const [pack] = ok(s, 'briefing.list', {}).packs;
    expect(pack).toMatchObject({ format: 'docx', version: 'public', sha256: createHash('sha256').update(r.bytes).digest('hex'), bytes: r.bytes.byteLength });
  });
});
