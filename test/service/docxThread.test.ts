import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/index.js';
import { briefingDocx } from '../../service/briefing/docx.js';
import { docxInThread } from '../../service/briefing/docxThread.js';
import { ok, tempService } from '../helpers/tempService.js';

// The office server writes Word packs in a thread of its own so a pack does
// not hold up everyone else's requests (bench/office.ts measured it): the
// file from the thread must be the same document as the one written inline.
describe('Word packs written in a thread of their own', () => {
  it('are the same document as written on the request thread, several at once', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 60 });
    const pack = (version: 'public' | 'closed') =>
      ok(s, 'briefing.build', {
        title: 'Orientering om innkjøp 2025',
        from: '2025-01-01',
        to: '2025-12-31',
        version,
      }) as BriefingPack;
    const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
    const thread = docxInThread();
    try {
      const packs = [pack('public'), pack('closed'), pack('public')];
      const [a, b, c] = await Promise.all(packs.map((p, i) => thread(p, i === 1 ? 'en' : 'nb')));
      expect(body(a!)).toBe(body(await briefingDocx(packs[0]!, 'nb')));
      expect(body(b!)).toBe(body(await briefingDocx(packs[1]!, 'en')));
      expect(body(c!)).toBe(body(a!));
      expect(body(a!)).not.toBe(body(b!));
    } finally {
      await thread.close();
    }
  });
});
