import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatNokShort } from '../../core/index.js';
import { exportBriefing } from '../../service/briefing/export.js';
import { printRig } from '../helpers/printRig.js';
import { ok, sampleCase, sampleSupplier } from '../helpers/tempService.js';

// A pack printed by the real route in real Chromium, read back with
// pdftotext: a framework at its maximum under the contracts, and a joint
// procurement counted at the office's own share, said so, with its
// participants in the appendix.

const { s, printer, dir, appUrl } = printRig('joint', (s) => {
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  let c = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/31', kind: 'varer', registeredDate: '2026-01-15' }));
  c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2026-03-01' });
  const k = ok(s, 'contracts.create', {
    caseId: c.id,
    title: 'Rammeavtale møbler',
    supplierIds: [sup.id],
    value: 1_000_000,
    startDate: '2026-04-01',
    endDate: '2029-12-31',
  });
  ok(s, 'contracts.setFramework', {
    id: k.id,
    version: k.version,
    framework: { suppliers: 'single', callOff: 'ranked', maxValue: 1_000_000, entitled: ['Oppvekst'] },
  });
  ok(s, 'contracts.addCallOff', {
    contractId: k.id,
    date: '2026-05-01',
    department: 'Oppvekst',
    supplierId: sup.id,
    value: 1_000_000,
    description: 'Pulter',
    method: 'direct',
  });
  const j = ok(
    s,
    'cases.create',
    // A theme of its own, so its row in the themes table is this case's value alone.
    sampleCase({
      caseNumber: '2026/32',
      estimatedValue: 10_000_000,
      themes: ['innovasjon'],
      registeredDate: '2026-02-01',
    }),
  );
  ok(s, 'joint.add', {
    caseId: j.id,
    participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 40, lead: true },
  });
  // Three notices: with the participants beside them, the widest row an appendix prints.
  for (const [platform, ref] of [
    ['doffin', '2026-815622'],
    ['ted', '881444-2026'],
    ['doffin', '2026-470208'],
  ] as const)
    ok(s, 'notices.add', {
      caseId: j.id,
      notice: { kind: 'contract', platform, ref, date: '2026-02-10' },
    });
});

/** The words printed beyond the page's right edge, as pdftotext's bounding boxes place them. */
function beyondPage(file: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: string[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)![1]);
    for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g))
      if (Number(m[1]) > width) out.push(m[2]!);
  }
  return out;
}

/** An amount as the pack prints it, with the text's spaces. */
const nok = (n: number) => formatNokShort(n).replace(/\u00a0/g, ' ');

const files: Partial<Record<'pack' | 'appendix', string>> = {};
const make = async (part: 'pack' | 'appendix') => {
  const spec = { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'closed', length: 'full' };
  const r = await exportBriefing(
    { service: s, printer, appUrl: appUrl() },
    { spec, format: 'pdf', record: false, by: 'testbruker', part },
    'nb',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.body));
  const file = path.join(dir, `${part}.pdf`);
  writeFileSync(file, r.bytes);
  files[part] = file;
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
};

describe('a pack with frameworks and a joint procurement', () => {
  it('prints the framework at its maximum and says the joint case counts at the office’s share', async () => {
    const t = await make('pack');
    expect(t).toContain('Rammeavtaler nær taket eller som utløper');
    expect(t).toContain('Rammeavtale møbler');
    expect(t).toContain('Taket er nådd: avtalen er i utgangspunktet brukt opp');
    expect(t).toContain(
      'Én sak er innkjøpssamarbeid med andre oppdragsgivere; verdiene og gevinstene regner bare kontorets egen andel av den.',
    );
  });

  it('counts the joint case at the office’s own share in the themes table, as in the other tables, and says so', async () => {
    const t = await make('pack');
    // Malvik takes 40 % of 10 mill.: the office's own share is 6 mill.; the whole value is in no table of the pack.
    expect(t).toContain(`Innovasjon 1 ${nok(6_000_000)}`);
    expect(t).not.toContain(`Innovasjon 1 ${nok(10_000_000)}`);
    expect(t).toContain(
      'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
    );
    expect(t).toContain('En sak med flere temaer telles under hvert av dem.');
  });

  it('says the same in the Word file: the note above the portfolio, and the theme at the office’s own share', async () => {
    const r = await exportBriefing(
      { service: s, printer, appUrl: appUrl() },
      {
        spec: { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'closed', length: 'full' },
        format: 'docx',
        record: false,
        by: 'testbruker',
        part: 'pack',
      },
      'nb',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const xml = strFromU8(unzipSync(r.bytes)['word/document.xml']!).replace(/\u00a0/g, ' ');
    expect(xml).toContain(
      'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
    );
    // The row's cells, tag by tag: the theme, one case, 6 mill. (not the whole 10).
    expect(xml).toMatch(new RegExp(`Innovasjon(?:<[^>]+>)+1(?:<[^>]+>)+${nok(6_000_000)}<`));
  });

  it('lists the joint case’s participants in the appendix and says the totals are the office’s share', async () => {
    const t = await make('appendix');
    expect(t).toContain('Malvik kommune 40 % (leder); kontorets egen andel 6 000 000 kr');
    expect(t).toContain('Summene regner bare kontorets egen andel av verdien; i listen står hele verdien.');
    expect(t).toContain('Doffin 2026-815622');
    // Every column wraps within the page: nothing of the notices or the participants is cut off at its edge.
    expect(beyondPage(files.appendix!)).toEqual([]);
  });
});
