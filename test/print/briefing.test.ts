import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { formatNok, formatNokShort, PRINT_VIEWPORT } from '../../core/index.js';
import { briefingRoute, exportBriefing } from '../../service/briefing/export.js';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../../service/print/chromium.js';
import { printRig } from '../helpers/printRig.js';
import { ok, sampleCase, sampleSupplier } from '../helpers/tempService.js';

// Packs built from a known register, printed by the real route in real
// Chromium, and read back from the PDF with pdftotext: the figures, the page
// numbers and the public version's redaction are checked on the file itself.

const SECRET_OUTCOME = 'Leverandøren oppga en timepris på 1 187 kr';
const SECRET_HIGHLIGHT = 'Forhandlingsrommet er 2,1 millioner';
const SECRET_FINDINGS = 'To ansatte hos Renhold Øst AS manglet lønnsslipper';
const text = (bytes: Uint8Array, dir: string, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  // The order Chromium drew the text in (-raw), not the page's geometry: a table cell's lines stay together when it wraps.
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
};
/** The text with line breaks and layout spaces folded, for sentences that wrap. */
const flat = (t: string) => t.replace(/\s+/g, ' ');
const pagesOf = (t: string) => t.split('\f').filter((p) => p.trim());
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

// One register for the whole file (tempService would close it after the first test).
const { s, printer, dir, appUrl } = printRig('print', (s) => {
  // Three cases handled in 2026, one in 2025; one 2026 award with a saving of 800 000 kr.
  let a = ok(
    s,
    'cases.create',
    sampleCase({
      caseNumber: '2026/11',
      title: 'Renhold av skoler',
      kind: 'tjenester',
      estimatedValue: 6_000_000,
      registeredDate: '2026-01-15',
    }),
  );
  a = ok(s, 'cases.changePhase', { id: a.id, version: a.version, phase: 'tildeling', date: '2026-05-02' });
  ok(s, 'savings.set', {
    caseId: a.id,
    baselineKind: 'previous_contract',
    baselineValue: 5_000_000,
    awardedValue: 4_200_000,
    periodMonths: 24,
  });
  ok(
    s,
    'cases.create',
    sampleCase({
      caseNumber: '2026/12',
      title: 'Elsykler til hjemmetjenesten',
      estimatedValue: 900_000,
      registeredDate: '2026-03-01',
    }),
  );
  ok(
    s,
    'cases.create',
    sampleCase({
      caseNumber: '2026/13',
      title: 'Skolemøbler',
      estimatedValue: 1_200_000,
      registeredDate: '2026-06-01',
    }),
  );
  ok(s, 'cases.create', sampleCase({ caseNumber: '2025/90', title: 'Gammel sak', registeredDate: '2025-04-01' }));
  const sup = ok(s, 'suppliers.create', sampleSupplier({ name: 'Renhold Øst AS' }));
  ok(s, 'dialogues.create', {
    caseId: a.id,
    form: 'en_til_en',
    date: '2026-02-10',
    title: 'Møte om renholdsmetoder',
    outcome: SECRET_OUTCOME,
    outcomeConfidential: 'foa_7_4',
    suppliers: [{ supplierId: sup.id, attended: true }],
  });
  const k = ok(s, 'contracts.create', {
    caseId: a.id,
    title: 'Renhold skoler 2026–2028',
    supplierIds: [sup.id],
    value: 4_200_000,
    startDate: '2026-06-01',
    endDate: '2028-05-31',
    owner: 'Berit Strand',
    paySector: 'renhold',
  });
  ok(s, 'contracts.addFollowup', {
    contractId: k.id,
    kind: 'risk_assessment',
    date: '2026-06-10',
    title: 'Risikovurdering',
    riskLevel: 'high',
  });
  ok(s, 'contracts.addFollowup', {
    contractId: k.id,
    kind: 'control',
    date: '2026-09-01',
    title: 'Kontroll',
    findings: SECRET_FINDINGS,
    reportWritten: true,
  });
  // A strategy whose goals the year meets exactly: one dialogue activity against a target of one, every covered contract assessed and controlled against 100 %.
  ok(s, 'strategy.save', {
    strategy: {
      title: 'Innkjøpsstrategi 2025–2028',
      fromYear: 2025,
      toYear: 2028,
      goals: [
        { theme: 'innovasjon', measure: 'dialogue_activities', target: 1 },
        { theme: 'seriositet', measure: 'pay_conditions_share', target: 1 },
      ],
    },
  });
});

const spec = (over: Record<string, unknown> = {}) => ({
  title: 'Orientering om innkjøp 2026',
  organisation: 'Prøve kommune',
  from: '2026-01-01',
  to: '2026-12-31',
  meeting: 'Kommunestyret',
  meetingDate: '2026-12-10',
  version: 'public',
  highlights: [{ caseId: 1, text: `Viktig sak for skolene. ${SECRET_HIGHLIGHT}.`, confidential: true }],
  length: 'full',
  ...over,
});
const make = async (
  sp: Record<string, unknown>,
  format: 'pdf' | 'docx' = 'pdf',
  part: 'pack' | 'appendix' = 'pack',
) => {
  const r = await exportBriefing(
    { service: s, printer, appUrl: appUrl() },
    { spec: sp, format, record: true, by: 'testbruker', part },
    'nb',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.body));
  return r;
};

describe('a briefing pack printed to PDF', () => {
  it('states the figures of the register as Norwegians write them, and numbers its pages "side n av N"', async () => {
    const r = await make(spec());
    const t = text(r.bytes, dir, 'public.pdf');
    expect(flat(t)).toContain(
      `I 2026 har innkjøp håndtert 3 saker. Sakene tildelt i perioden har en forventet gevinst på ${norm(formatNokShort(800_000))} over kontraktsperioden; om lag ${norm(formatNokShort(800_000))} for sakene tildelt de siste fire årene. Ingen realisert gevinst er registrert for perioden ennå.`,
    );
    expect(flat(t)).toContain('Det er 2 flere saker enn i forrige periode (2025), og 800 000 kr mer i gevinst.');
    expect(flat(t)).toContain('De neste tolv månedene må ingen opsjoner avgjøres, og ingen kontrakter utløper.');
    // Covered, risk assessed and controlled: one contract each.
    expect(flat(t)).toMatch(/Kontrakter med påseplikt i perioden 1 Risikovurdert 1 Kontrollert i perioden 1 /);
    // The appendix is a file of its own: the pack does not list every case.
    expect(flat(t)).not.toContain('Helse og omsorg – 3 saker');
    const pages = pagesOf(t);
    expect(pages.length).toBe(r.pages);
    pages.forEach((p, i) => expect(p).toContain(`side ${i + 1} av ${pages.length}`));
  });

  it('the appendix, asked for with part=appendix, is its own file: every case handled in the period, and only those, under their department', async () => {
    const r = await make(spec(), 'pdf', 'appendix');
    expect(r.fileName).toBe('orientering-2026-01-01-2026-12-31-offentlig-vedlegg.pdf');
    const t = text(r.bytes, dir, 'appendix.pdf');
    expect(t).toContain('Vedlegg: alle saker i perioden');
    expect(flat(t)).toContain(`Helse og omsorg – 3 saker · ${norm(formatNokShort(8_100_000))}`);
    expect(t).toContain(norm(formatNok(6_000_000)));
    for (const n of ['2026/11', '2026/12', '2026/13']) expect(t).toContain(n);
    expect(t).not.toContain('2025/90');
    // No summary nor sections: the pack is the other file.
    expect(t).not.toContain('Sammendrag');
    for (const p of pagesOf(t)) expect(p).toContain('Prøve kommune · Orientering om innkjøp 2026');
  });

  it('public: a column withheld whole is left out of its table, and one sentence under it says which and on what legal basis', async () => {
    const t = flat(text((await make(spec())).bytes, dir, 'withheld.pdf'));
    expect(t).toContain(
      'Kolonnen «Resultat» er utelatt i den offentlige versjonen fordi innholdet er unntatt offentlighet, jf. offentleglova § 13 og anskaffelsesforskriften § 7-4.',
    );
    expect(t).toContain(
      'Kolonnen «Funn» er utelatt i den offentlige versjonen fordi innholdet er unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13 første ledd nr. 2.',
    );
    // The dialogue table's heads end with the suppliers; the controls' go from the case number to the report.
    expect(t).toMatch(/Leverandører \(invitert \/ deltok\) (?!Resultat)/);
    // No control led to a sanction: no empty column of them, a sentence says so.
    expect(t).toMatch(/Saksnr\. Rapport (?!Sanksjon)/);
    expect(t).toContain('Ingen av kontrollene i listen førte til sanksjon.');
    // The only mark left is the highlight's text, which is not a table's column.
    expect(t.match(/\[Unntatt offentlighet\]/g)).toHaveLength(1);
    // The closed version has the columns and their text, and no such sentence.
    const closed = flat(text((await make(spec({ version: 'closed' }))).bytes, dir, 'withheld-closed.pdf'));
    expect(closed).toMatch(/Leverandører \(invitert \/ deltok\) Resultat/);
    expect(closed).toContain(SECRET_FINDINGS);
    expect(closed).not.toContain('er utelatt i den offentlige versjonen');
  });

  it('the short version (the default) holds the cover, summary, goals, what is coming and the contracts, and the highlighted case with its contract value', async () => {
    const { length: _full, ...rest } = spec();
    const r = await make(rest);
    const t = flat(text(r.bytes, dir, 'short.pdf'));
    for (const h of [
      'Sammendrag',
      'Mål i innkjøpsstrategien',
      'Kommende anskaffelser',
      'Kontrakter som utløper og opsjoner som må avgjøres',
      'Utvalgte saker',
    ])
      expect(t).toContain(h);
    for (const h of [
      'Tid per fase',
      'Saker etter fase, prosedyre, avdeling og tema',
      'Lønns- og arbeidsvilkår: kontroller',
      'Vedlegg: alle saker i perioden',
    ])
      expect(t).not.toContain(h);
    expect(t).not.toMatch(/\bMarkedsdialog\b/);
    expect(r.pages).toBeLessThanOrEqual(6);
    // The highlighted case shows what was signed.
    expect(t).toContain(`Helse og omsorg · Tildeling · kontraktsverdi ${norm(formatNok(4_200_000))}`);
  });

  it('goals met exactly read "nådd", and each chart says its unit', async () => {
    const t = flat(text((await make(spec())).bytes, dir, 'goals.pdf'));
    expect(t).toMatch(/Mål: 1 · 2026: 1 \(nådd\)/);
    expect(t).toMatch(/Mål: 100 % · 2026: 100 % \(nådd\)/);
    expect(t).not.toContain('bak målet');
    expect(t).toContain('Søyler: antall per år. Stiplet linje: målet, 1.');
    expect(t).toContain('Søyler: andel i prosent per år. Stiplet linje: målet, 100 %.');
    // Time per phase in days.
    expect(t).toMatch(/\d+ dag(er)?\b/);
    // Each figure is drawn once (its label is not on the line, and has no halo drawn twice).
    expect(t).toContain('Mål: 1 · 2026: 1 (nådd) 0 1 2025 2026');
  });

  it('names the organisation set under Innstillinger on the cover when the pack names none', async () => {
    const before = ok(s, 'settings.get', {});
    ok(s, 'settings.set', { organisationName: 'Innstillinger kommune' });
    try {
      const t = text((await make(spec({ organisation: '' }))).bytes, dir, 'org.pdf');
      for (const p of pagesOf(t)) expect(p).toContain('Innstillinger kommune · Orientering om innkjøp 2026');
    } finally {
      ok(s, 'settings.set', { organisationName: before.organisationName });
    }
  });

  it('public: nothing marked confidential is in the file, and the cover says what was left out', async () => {
    const t = text((await make(spec())).bytes, dir, 'public2.pdf');
    for (const secret of [SECRET_OUTCOME, SECRET_HIGHLIGHT, SECRET_FINDINGS]) expect(t).not.toContain(secret);
    expect(t).toContain('Offentlig versjon');
    expect(flat(t)).toContain('3 opplysninger som er underlagt taushetsplikt, er utelatt');
    // The highlight stays, its confidential text marked as left out.
    expect(flat(t)).toContain('Utvalgte saker 2026/11 Renhold av skoler');
    expect(t).toContain('[Unntatt offentlighet]');
  });

  it('closed: the marked text is there, and every page says "Unntatt offentlighet" with its legal basis', async () => {
    const r = await make(spec({ version: 'closed' }));
    const t = text(r.bytes, dir, 'closed.pdf');
    for (const secret of [SECRET_OUTCOME, SECRET_HIGHLIGHT, SECRET_FINDINGS]) expect(flat(t)).toContain(secret);
    for (const p of pagesOf(t)) expect(flat(p)).toMatch(/Unntatt offentlighet, jf\. offentleglova § 13 og/);
  });

  it('is a tagged PDF with the pack as its title, its language, and a bookmark per section (council documents must be accessible)', async () => {
    const r = await make(spec({ title: 'Orientering om innkjøp', sections: ['goals', 'portfolio', 'contracts'] }));
    const file = path.join(dir, 'tagged.pdf');
    writeFileSync(file, r.bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Orientering om innkjøp 2026$/m);
    // The outline (bookmarks): the pack's title, and under it each section in the order chosen.
    const outline = execFileSync('pdftohtml', ['-stdout', '-i', '-q', file], { encoding: 'utf8' });
    const marks = [...outline.slice(outline.indexOf('Document Outline')).matchAll(/<a href="[^"]*">([^<]+)<\/a>/g)].map(
      (m) => m[1]!,
    );
    expect(marks[0]).toBe('Orientering om innkjøp');
    expect(marks[1]).toBe('Sammendrag');
    expect(
      marks.filter((m) =>
        [
          'Mål i innkjøpsstrategien',
          'Saker etter fase, prosedyre, avdeling og tema',
          'Kontrakter som utløper og opsjoner som må avgjøres',
        ].includes(m),
      ),
    ).toEqual([
      'Mål i innkjøpsstrategien',
      'Saker etter fase, prosedyre, avdeling og tema',
      'Kontrakter som utløper og opsjoner som må avgjøres',
    ]);
    // The language the pack is written in, for screen readers.
    expect(Buffer.from(r.bytes).toString('latin1')).toMatch(/\/Lang\s*\((nb|no)/);
  });

  it('carries the organisation and title on every page exactly as written, quotes and backslashes included', async () => {
    const title = 'Orientering "Innkjøp 2026" \\ del 1';
    const t = text((await make(spec({ title, organisation: 'Guovdageainnu suohkan' }))).bytes, dir, 'quoted.pdf');
    const pages = pagesOf(t);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain(`Guovdageainnu suohkan · ${title}`);
  });

  it('prints whole on any paper up to A3 landscape, as from the print dialog (the report hides only in wider windows)', async () => {
    const browser = await chromium.launch({ ...chromiumLaunchOptions(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: PRINT_VIEWPORT });
      const prepared = ok(s, 'briefing.prepare', spec() as Parameters<typeof ok<'briefing.prepare'>>[2]);
      await page.goto(briefingRoute(appUrl(), prepared.id, 'nb'));
      await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
      for (const paper of [
        { format: 'A3', landscape: true },
        { format: 'A4', landscape: true },
        { format: 'A5', landscape: false },
      ] as const) {
        const t = text(await page.pdf({ ...paper, printBackground: true }), dir, `paper-${paper.format}.pdf`);
        expect(flat(t), paper.format).toContain('I 2026 har innkjøp håndtert 3 saker');
        expect(t, paper.format).toContain('Prøve kommune · Orientering om innkjøp 2026');
      }
    } finally {
      await browser.close();
    }
  });

  it('a Word file carries the same summary and the same redaction; every pack made is recorded', async () => {
    const r = await make(spec(), 'docx');
    const xml = strFromU8(unzipSync(r.bytes)['word/document.xml']!);
    expect(norm(xml)).toContain(
      `I 2026 har innkjøp håndtert 3 saker. Sakene tildelt i perioden har en forventet gevinst på ${norm(formatNokShort(800_000))}`,
    );
    for (const secret of [SECRET_OUTCOME, SECRET_HIGHLIGHT, SECRET_FINDINGS]) expect(xml).not.toContain(secret);
    expect(norm(xml)).toContain('Kolonnen «Resultat» er utelatt i den offentlige versjonen');
    // The appendix's department heads its table, in the header rows Word repeats on every page.
    const appendix = strFromU8(unzipSync((await make(spec(), 'docx', 'appendix')).bytes)['word/document.xml']!);
    expect(norm(appendix)).toMatch(
      /<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr><w:tc>(?:(?!<\/w:tr>).)*Helse og omsorg – 3 saker · /,
    );
    const list = ok(s, 'briefing.list', {});
    expect(list.packs[0]).toMatchObject({
      format: 'docx',
      version: 'public',
      by: 'testbruker',
      from: '2026-01-01',
      to: '2026-12-31',
      meeting: 'Kommunestyret',
    });
    expect(list.packs.length).toBeGreaterThanOrEqual(4);
    expect(list.lastSpec?.title).toBe('Orientering om innkjøp 2026');
  });

  it('refuses a period that ends before it begins, in words, on the field', async () => {
    const r = await exportBriefing(
      { service: s, printer, appUrl: appUrl() },
      { spec: spec({ to: '2025-12-31' }), format: 'pdf', record: true, by: '' },
      'nb',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.body.error.issues?.map(({ path, message }) => ({ path, message }))).toEqual([
        { path: 'to', message: 'Perioden må slutte samme dag som den begynner eller senere.' },
      ]);
  });
});
