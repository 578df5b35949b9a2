import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNok } from '../../core/index.js';
import { exportProtocol } from '../../service/protocolExport.js';
import { printRig } from '../helpers/printRig.js';
import { ok, sampleCase, sampleSupplier } from '../helpers/tempService.js';

// A protocol printed through the real route and Chromium, read back with pdftotext.

let caseId = 0;
const { s, printer, dir, appUrl } = printRig('protocol', (s) => {
  ok(s, 'settings.set', { organisationName: 'Prøve kommune', organisationOrgnr: '974760673' });
  let c = ok(
    s,
    'cases.create',
    sampleCase({
      caseNumber: '2026/41',
      title: 'Renhold av skoler',
      kind: 'tjenester',
      estimatedValue: 6_000_000,
      procedure: 'apen_anbud',
      registeredDate: '2026-01-15',
    }),
  );
  for (const [phase, date] of [
    ['kunngjoring', '2026-03-01'],
    ['tildeling', '2026-05-02'],
  ] as const)
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase, date });
  const sup = ok(s, 'suppliers.create', sampleSupplier({ name: 'Renhold Øst AS' }));
  ok(s, 'contracts.create', {
    caseId: c.id,
    title: 'Renhold skoler 2026–2028',
    supplierIds: [sup.id],
    value: 4_200_000,
    startDate: '2026-06-01',
    endDate: '2028-05-31',
  });
  ok(s, 'protocol.save', {
    caseId: c.id,
    version: 0,
    lotsReason: 'Skolene ligger tett; én leverandør gir lavest pris og ett kontaktpunkt.',
    participants: [
      { name: 'Renhold Øst AS', orgnr: '974760673', requested: true, selected: true, tendered: true },
      {
        name: 'Vask og Rent AS',
        requested: true,
        tendered: true,
        rejected: true,
        rejectionReason: 'Tilbudet kom etter fristen.',
      },
    ],
    awardReason: 'Beste forhold mellom pris og kvalitet etter tildelingskriteriene.',
  });
  // Run with a neighbouring municipality, which leads.
  ok(s, 'joint.add', {
    caseId: c.id,
    participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 25, lead: true },
  });
  // A complaint answered (its answer's text stays out of the protocol), one at KOFA, and an injunction still in force.
  ok(s, 'complaints.add', {
    caseId: c.id,
    complaint: {
      kind: 'office',
      date: '2026-05-05',
      supplier: 'Vask og Rent AS',
      concerns: 'Avvisningen av tilbudet.',
      answerDue: '2026-05-15',
      closedDate: '2026-05-12',
      outcome: 'upheld',
      answer: 'Tilbudet kom 14 minutter etter fristen, med pris 3 950 000.',
    },
  });
  ok(s, 'complaints.add', {
    caseId: c.id,
    complaint: { kind: 'kofa', date: '2026-05-20', supplier: 'Vask og Rent AS', kofaCaseNo: '2026/1234' },
  });
  ok(s, 'complaints.add', {
    caseId: c.id,
    complaint: { kind: 'injunction', date: '2026-05-22', supplier: 'Vask og Rent AS' },
  });
  caseId = c.id;
});

describe('the procurement protocol as PDF', () => {
  it('prints the case, the suppliers and the award from the register, flags what is missing, and numbers the pages', async () => {
    const r = await exportProtocol({ service: s, printer, appUrl: appUrl() }, caseId, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    expect(r.fileName).toBe('anskaffelsesprotokoll-2026-41.pdf');
    const file = path.join(dir, r.fileName);
    writeFileSync(file, r.bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Anskaffelsesprotokoll',
      '2026/41 · Renhold av skoler',
      'Prøve kommune',
      '974760673',
      'Åpen anbudskonkurranse',
      formatNok(6_000_000),
      formatNok(4_200_000),
      'Renhold Øst AS',
      'Tilbudet kom etter fristen.',
      'Beste forhold mellom pris og kvalitet',
      'Innkjøpssamarbeid',
      'Malvik kommune 939865942',
      `Kontorets egen andel: ${formatNok(4_500_000)} (75 %).`,
      'Malvik kommune leder samarbeidet.',
      'Klager',
      'Klage til oppdragsgiver',
      'Vask og Rent AS: Avvisningen av tilbudet.',
      'Avsluttet 12.05.2026. Beslutningen står fast',
      'Klage til KOFA 2026/1234',
      'Begjæring om midlertidig forføyning',
      'Stanser signeringen',
    ]) {
      expect(flat).toContain(expected.replace(/\u00a0/g, ' '));
    }
    // The answer's own words are not in the protocol.
    expect(flat).not.toContain('14 minutter etter fristen');
    // Part III (§ 25-5): subcontractors, conflicts of interest and the award notice are still missing, and the protocol says so, letter by letter.
    expect(flat).toContain('Mangler før protokollen kan ferdigstilles');
    expect(flat).toContain('Protokollen følger FOA § 25-5');
    expect(flat).toContain('Underleverandører, så langt de er kjent');
    expect(flat).toContain('Inhabilitet og konkurransevridning, og tiltak mot dem');
    expect(flat).toContain('Meddelelse om valg av leverandør og karensperiode');
    expect(flat).toContain('§ 25-5 annet ledd bokstav c');
    expect(flat).toContain('FOA § 7-1 første og annet ledd');
    expect(flat).toContain('Utkast');
    // Tagged, titled by the case, with a bookmark per part.
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Anskaffelsesprotokoll 2026\/41 Renhold av skoler$/m);
    expect(execFileSync('pdftohtml', ['-stdout', '-i', '-q', file], { encoding: 'utf8' })).toContain(
      '>1. Oppdragsgiver</a>',
    );
    const pages = text.split('\f').filter((p) => p.trim());
    pages.forEach((p, i) => expect(p).toContain(`side ${i + 1} av ${pages.length}`));
    expect(pages[0]).toContain('Prøve kommune · Anskaffelsesprotokoll 2026/41');
  });

  it('refuses a case that does not exist, before printing anything', async () => {
    const r = await exportProtocol({ service: s, printer, appUrl: appUrl() }, 99_999, 'nb');
    expect(r).toMatchObject({ ok: false, status: 404 });
  });
});
