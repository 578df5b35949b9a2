import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../core/index.js';
import { exportBriefing } from '../../service/briefing/export.js';
import { exportProtocol } from '../../service/protocolExport.js';
import { printRig } from '../helpers/printRig.js';
import { ok, sampleCase, sampleSupplier } from '../helpers/tempService.js';

// A pack and a protocol printed in each language through the real route and
// Chromium, read back with pdftotext. The document's language is its own
// (the spec's `lang`, the protocol's), whatever the caller's screen says: a
// bokmål-speaking buyer prints the nynorsk council's pack in nynorsk.

let caseId = 0;
const { s, printer, dir, appUrl } = printRig('languages', (s) => {
  ok(s, 'settings.set', { organisationName: 'Prøve kommune', organisationOrgnr: '974760673' });
  let c = ok(
    s,
    'cases.create',
    sampleCase({
      caseNumber: '2026/51',
      title: 'Reinhald av skular',
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
  const sup = ok(s, 'suppliers.create', sampleSupplier({ name: 'Renhold Vest AS' }));
  ok(s, 'dialogues.create', {
    caseId: c.id,
    form: 'en_til_en',
    date: '2026-02-10',
    title: 'Møte om metodar',
    outcome: 'Timepris oppgitt',
    outcomeConfidential: 'foa_7_4',
    suppliers: [{ supplierId: sup.id, attended: true }],
  });
  caseId = c.id;
});

const pdfText = (bytes: Uint8Array, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
};
const pagesOf = (t: string) => t.split('\f').filter((p) => p.trim());
const flat = (t: string) => t.replace(/\s+/g, ' ');

// The full pack (its market dialogue makes the closed mark cite FOA § 7-4), with the case highlighted so its value is printed in full.
const spec = (lang: Locale) => ({
  title: 'Orientering om innkjøp 2026',
  organisation: 'Prøve kommune',
  from: '2026-01-01',
  to: '2026-12-31',
  version: 'closed',
  lang,
  length: 'full',
  highlights: [{ caseId }],
});

/** What marks a pack as written in each language: its summary heading, its closed mark, its page numbers, its figures and its file name. */
const expected: Record<
  Locale,
  {
    summary: string;
    exempt: RegExp;
    page: (n: number, of: number) => string;
    file: string;
    figure: string;
    not: string[];
  }
> = {
  nb: {
    summary: 'Sammendrag',
    exempt: /Unntatt offentlighet, jf\. offentleglova § 13 og anskaffelsesforskriften § 7-4/,
    page: (n, of) => `side ${n} av ${of}`,
    file: 'orientering-2026-01-01-2026-12-31-lukket.pdf',
    figure: 'anslått verdi 6 000 000 kr',
    not: ['Samandrag', 'Summary'],
  },
  nn: {
    summary: 'Samandrag',
    exempt: /Unnateke frå innsyn, jf\. offentleglova § 13 og anskaffingsforskrifta § 7-4/,
    page: (n, of) => `side ${n} av ${of}`,
    file: 'orientering-2026-01-01-2026-12-31-lukka.pdf',
    figure: 'anslått verdi 6 000 000 kr',
    not: ['Sammendrag', 'Unntatt offentlighet', 'ikke'],
  },
  en: {
    summary: 'Summary',
    exempt: /Exempt from public access, Freedom of Information Act § 13 and Public Procurement Regulation § 7-4/,
    page: (n, of) => `page ${n} of ${of}`,
    file: 'briefing-2026-01-01-2026-12-31-closed.pdf',
    figure: 'estimated value NOK 6,000,000',
    not: ['Sammendrag', 'Samandrag'],
  },
};

describe('a pack and a protocol in each language', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`prints the closed pack in ${lang} for a caller whose screen is in bokmål`, async () => {
      const r = await exportBriefing(
        { service: s, printer, appUrl: appUrl() },
        { spec: spec(lang), format: 'pdf', record: true, by: 'testbrukar' },
        'nb',
      );
      if (!r.ok) throw new Error(JSON.stringify(r.body));
      const e = expected[lang];
      expect(r.fileName).toBe(e.file);
      const t = pdfText(r.bytes, `pack-${lang}.pdf`);
      if (process.env.ANSKAFF_KEEP_PRINTS)
        writeFileSync(path.join(process.env.ANSKAFF_KEEP_PRINTS, `pack-${lang}.txt`), t);
      const pages = pagesOf(t);
      expect(pages.length).toBe(r.pages);
      expect(t).toContain(e.summary);
      // Numbers as the language writes them: nynorsk as bokmål, also in a Chromium whose ICU has no nynorsk.
      expect(flat(t)).toContain(e.figure);
      pages.forEach((p, i) => {
        expect(p).toContain(e.page(i + 1, pages.length));
        expect(flat(p)).toMatch(e.exempt);
      });
      for (const word of e.not) expect(flat(t)).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}(?=$|[^\\p{L}])`, 'u'));
    });
  }

  it("writes the Word file in the pack's language too", async () => {
    const r = await exportBriefing(
      { service: s, printer, appUrl: appUrl() },
      { spec: spec('nn'), format: 'docx', record: false, by: 'testbrukar' },
      'nb',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const files = unzipSync(r.bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Samandrag');
    expect(xml).toContain('I 2026 har innkjøp handsama 1 sak.');
    const footer = Object.entries(files)
      .filter(([n]) => /^word\/footer\d*\.xml$/.test(n))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(footer).toMatch(/side .*av /);
    const header = Object.entries(files)
      .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(header).toContain('Unnateke frå innsyn, jf. offentleglova § 13');
  });

  it("prints the protocol in nynorsk when asked, and answers a refusal in the caller's language", async () => {
    const r = await exportProtocol({ service: s, printer, appUrl: appUrl() }, caseId, 'nb', 'nn');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    expect(r.fileName).toBe('anskaffingsprotokoll-2026-51.pdf');
    const t = flat(pdfText(r.bytes, r.fileName));
    expect(t).toContain('Prøve kommune · Anskaffingsprotokoll 2026/51');
    expect(t).toMatch(/Skriven ut \d\d\.\d\d\.\d{4}/);
    expect(t).toContain('Oppdragsgivar');
    expect(t).toContain('side 1 av');
    const missing = await exportProtocol({ service: s, printer, appUrl: appUrl() }, 999, 'nb', 'nn');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.body.error.message).toBe('Fant ikke sak 999.');
  });

  it("says the contract's errors in nynorsk when asked", () => {
    const r = s.dispatch('cases.get', { id: 999 }, 'nn');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.body.error.message).toBe('Fann ikkje sak 999.');
    const bad = s.dispatch('suppliers.create', { orgnr: '123', name: '' }, 'nn');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.body.error.issues?.map((i) => i.message)).toEqual(
        expect.arrayContaining(['Eit organisasjonsnummer har ni siffer.']),
      );
  });
});
