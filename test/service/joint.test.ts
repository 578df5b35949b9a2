import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { fileExporter } from '../../service/exporter.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { repoRoot } from '../../service/repoPaths.js';
import { appendixTable, briefingTables, type Input } from '../../core/index.js';
import { bundleFile } from '../helpers/bundles.js';
import { err, ok, sampleCase, tempService } from '../helpers/tempService.js';

// Joint procurement: a case run for other contracting authorities too. The
// case's value is the whole joint value (it decides the part of the
// regulation); each participant has its share; the office's own is derived.

type P = Input<'joint.add'>['participant'];
const malvik = { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 30, lead: false } satisfies P;
const melhus = {
  name: 'Melhus kommune',
  orgnr: '938726027',
  shareUnit: 'nok',
  share: 2_000_000,
  lead: true,
} satisfies P;

/** A participant as the panel read it (joint.update's `was`). */
function read(s: ReturnType<typeof tempService>, caseId: number, id: number) {
  const p = ok(s, 'joint.get', { caseId }).participants.find((x) => x.id === id)!;
  return { name: p.name, orgnr: p.orgnr, shareUnit: p.shareUnit, share: p.share, lead: p.lead };
}

function jointCase() {
  const s = tempService();
  const c = ok(s, 'cases.create', sampleCase({ estimatedValue: 10_000_000 }));
  return { s, c };
}

describe('joint procurement', () => {
  it('keeps the participants and derives the office’s own share of the whole value; the part follows the whole', () => {
    const { s, c } = jointCase();
    const before = ok(s, 'cases.get', { id: c.id }).regime;
    ok(s, 'joint.add', { caseId: c.id, participant: malvik });
    const j = ok(s, 'joint.add', { caseId: c.id, participant: { ...melhus, orgnr: '938 726 027' } });
    expect(j.participants.map((p) => [p.name, p.orgnr, p.shareNok, p.lead])).toEqual([
      ['Malvik kommune', '939865942', 3_000_000, false],
      ['Melhus kommune', '938726027', 2_000_000, true],
    ]);
    expect(j).toMatchObject({ whole: 10_000_000, own: 5_000_000, ownPct: 50, over: 0, officeLeads: false });
    // The whole value still decides the part: adding participants changes nothing there.
    expect(ok(s, 'cases.get', { id: c.id }).regime).toBe(before);
    expect(ok(s, 'joint.get', { caseId: c.id })).toEqual(j);
    const after = ok(s, 'joint.remove', { id: j.participants[1]!.id });
    expect(after).toMatchObject({ own: 7_000_000, officeLeads: true });
  });

  it('refuses shares beyond the whole value, on the share field, in the user’s language', () => {
    const { s, c } = jointCase();
    ok(s, 'joint.add', { caseId: c.id, participant: { ...malvik, share: 60 } });
    const e = err(s, 'joint.add', { caseId: c.id, participant: { ...melhus, share: 4_500_000 } });
    expect(e.issues).toEqual([
      {
        path: 'participant.share',
        message: expect.stringMatching(
          /^Deltakernes andeler blir til sammen 10\s500\s000\skr, mer enn sakens samlede verdi på 10\s000\s000\skr\. .*kontorets egen andel er resten\.$/,
        ),
      },
    ]);
    const en = err(s, 'joint.add', { caseId: c.id, participant: { ...melhus, share: 4_500_000 } }, 'en');
    expect(en.issues?.[0]?.message).toMatch(/^The participants' shares add up to/);
    expect(ok(s, 'joint.get', { caseId: c.id }).participants).toHaveLength(1);
  });

  it('refuses a bad organisation number, the same one twice, the office’s own, and a second leader', () => {
    const { s, c } = jointCase();
    expect(err(s, 'joint.add', { caseId: c.id, participant: { ...malvik, orgnr: '939865943' } }).issues).toEqual([
      { path: 'participant.orgnr', message: 'Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.' },
    ]);
    ok(s, 'joint.add', { caseId: c.id, participant: { ...malvik, lead: true } });
    expect(err(s, 'joint.add', { caseId: c.id, participant: { ...malvik, share: 1 } }).issues?.[0]?.path).toBe(
      'participant.orgnr',
    );
    expect(err(s, 'joint.add', { caseId: c.id, participant: melhus }).issues).toEqual([
      {
        path: 'participant.lead',
        message:
          'Malvik kommune leder allerede samarbeidet. Endre den deltakeren så den ikke leder, før en annen kan lede.',
      },
    ]);
    ok(s, 'settings.set', { organisationOrgnr: '938587418' });
    expect(
      err(s, 'joint.add', { caseId: c.id, participant: { ...melhus, orgnr: '938587418', lead: false } }).issues?.[0],
    ).toMatchObject({ path: 'participant.orgnr', message: expect.stringContaining('kontorets eget') });
  });

  it('records adding and removing a participant in the case’s audit trail', () => {
    const { s, c } = jointCase();
    const j = ok(s, 'joint.add', { caseId: c.id, participant: malvik });
    ok(s, 'joint.remove', { id: j.participants[0]!.id });
    const trail = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    const changes = [...trail]
      .reverse()
      .flatMap((e) => e.changes)
      .filter((x) => x.field === 'participant');
    expect(changes).toEqual([
      { field: 'participant', before: null, after: { ...malvik, shareNok: 3_000_000 } },
      {
        field: 'participant',
        before: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 30, lead: false },
        after: null,
      },
    ]);
  });

  it('corrects a participant with the checks of adding one: one leader, its own organisation number, shares within the whole', () => {
    const { s, c } = jointCase();
    ok(s, 'joint.add', { caseId: c.id, participant: { ...malvik, lead: true } });
    const j = ok(s, 'joint.add', { caseId: c.id, participant: { ...melhus, lead: false } });
    const [m, h] = j.participants as [(typeof j.participants)[0], (typeof j.participants)[0]];
    // Name, unit and share corrected: the split follows.
    const fixed = ok(s, 'joint.update', {
      id: m.id,
      was: read(s, c.id, m.id),
      participant: { ...malvik, name: 'Malvik kommune (Hommelvik)', shareUnit: 'nok', share: 1_500_000, lead: true },
    });
    expect(fixed.participants.map((p) => [p.name, p.shareUnit, p.shareNok, p.lead])).toEqual([
      ['Malvik kommune (Hommelvik)', 'nok', 1_500_000, true],
      ['Melhus kommune', 'nok', 2_000_000, false],
    ]);
    expect(fixed).toMatchObject({ own: 6_500_000, officeLeads: false });
    // A second leader is refused while the first leads; the leader may keep leading when corrected.
    expect(
      err(s, 'joint.update', { id: h.id, was: read(s, c.id, h.id), participant: { ...melhus, lead: true } }).issues,
    ).toEqual([
      {
        path: 'participant.lead',
        message:
          'Malvik kommune (Hommelvik) leder allerede samarbeidet. Endre den deltakeren så den ikke leder, før en annen kan lede.',
      },
    ]);
    // Leadership handed over: the first stops leading, then the other may lead.
    ok(s, 'joint.update', { id: m.id, was: read(s, c.id, m.id), participant: { ...malvik, lead: false } });
    expect(
      ok(s, 'joint.update', { id: h.id, was: read(s, c.id, h.id), participant: { ...melhus, lead: true } })
        .participants[1]!.lead,
    ).toBe(true);
    // Another participant's organisation number, and shares above the whole.
    expect(
      err(s, 'joint.update', { id: h.id, was: read(s, c.id, h.id), participant: { ...melhus, orgnr: malvik.orgnr } })
        .issues?.[0],
    ).toMatchObject({
      path: 'participant.orgnr',
      message: 'Saken har allerede en deltaker med dette organisasjonsnummeret.',
    });
    expect(
      err(s, 'joint.update', { id: h.id, was: read(s, c.id, h.id), participant: { ...melhus, share: 7_500_000 } })
        .issues?.[0],
    ).toMatchObject({
      path: 'participant.share',
      message: expect.stringMatching(/^Deltakernes andeler blir til sammen 10\s500\s000\skr/),
    });
    expect(
      err(s, 'joint.update', {
        id: h.id,
        was: read(s, c.id, h.id),
        participant: { ...melhus, shareUnit: 'pct', share: 101 },
      }).issues?.[0]?.path,
    ).toBe('participant.share');
    ok(s, 'settings.set', { organisationOrgnr: '938587418' });
    expect(
      err(s, 'joint.update', { id: h.id, was: read(s, c.id, h.id), participant: { ...melhus, orgnr: '938587418' } })
        .issues?.[0],
    ).toMatchObject({ path: 'participant.orgnr', message: expect.stringContaining('kontorets eget') });
    // Nothing refused was kept.
    expect(ok(s, 'joint.get', { caseId: c.id }).participants.map((p) => [p.orgnr, p.share, p.lead])).toEqual([
      ['939865942', 30, false],
      ['938726027', 2_000_000, true],
    ]);
    expect(err(s, 'joint.update', { id: 9999, was: melhus, participant: melhus }).code).toBe('not_found');
  });

  it('refuses a correction made on a participant someone else has changed since, and keeps theirs', () => {
    const { s, c } = jointCase();
    const id = ok(s, 'joint.add', { caseId: c.id, participant: malvik }).participants[0]!.id;
    ok(s, 'joint.update', { id, was: malvik, participant: { ...malvik, share: 35 } });
    const e = err(s, 'joint.update', { id, was: malvik, participant: { ...malvik, name: 'Malvik' } });
    expect(e).toMatchObject({
      status: 409,
      message: 'Deltakeren er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    });
    expect(read(s, c.id, id)).toEqual({ ...malvik, share: 35 });
    ok(s, 'joint.remove', { id });
    expect(err(s, 'joint.update', { id, was: malvik, participant: malvik }).status).toBe(404);
  });

  it('records a correction with the participant before and after in the case’s audit trail', () => {
    const { s, c } = jointCase();
    const j = ok(s, 'joint.add', { caseId: c.id, participant: malvik });
    ok(s, 'joint.update', {
      id: j.participants[0]!.id,
      was: malvik,
      participant: { ...malvik, share: 40, lead: true },
    });
    const entry = ok(s, 'audit.forRecord', { entity: 'case', id: c.id })[0]!;
    expect(entry.method).toBe('joint.update');
    expect(entry.changes).toEqual([
      {
        field: 'participant',
        before: { ...malvik, shareNok: 3_000_000 },
        after: { ...malvik, share: 40, lead: true, shareNok: 4_000_000 },
      },
    ]);
  });

  it('carries the participants to another PC in a bundle, once', () => {
    const { s: a, c } = jointCase();
    ok(a, 'joint.add', { caseId: c.id, participant: malvik });
    ok(a, 'joint.add', { caseId: c.id, participant: melhus });
    const b = tempService();
    const file = bundleFile(a);
    ok(b, 'bundle.import', file);
    const inB = ok(b, 'cases.list', {}).items.find((x) => x.caseNumber === sampleCase().caseNumber)!;
    const j = ok(b, 'joint.get', { caseId: inB.id });
    expect(j.participants.map((p) => [p.name, p.shareUnit, p.share, p.lead])).toEqual([
      ['Malvik kommune', 'pct', 30, false],
      ['Melhus kommune', 'nok', 2_000_000, true],
    ]);
    expect(ok(b, 'bundle.preview', file).counts.find((x) => x.table === 'cases')).toMatchObject({ new: 0, same: 1 });
  });
});

describe('joint procurement in OCDS', () => {
  it('gives every contracting authority as a buyer party, the leader as procuringEntity, valid against the schema', () => {
    const { s, c } = jointCase();
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    ok(s, 'joint.add', { caseId: c.id, participant: malvik });
    ok(s, 'joint.add', { caseId: c.id, participant: melhus });
    const pkg = ok(s, 'exchange.ocds', { caseIds: [c.id] });
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    formatsModule.default(ajv);
    const schema = (name: string) =>
      JSON.parse(readFileSync(path.join(repoRoot, 'core', 'data', 'ocds', name), 'utf8')) as object;
    ajv.addSchema(schema('release-schema.json'));
    const validate = ajv.compile(schema('release-package-schema.json'));
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const release = pkg.releases[0] as {
      parties: { id: string; name: string; roles: string[] }[];
      buyer: { id: string };
      tender: { procuringEntity: { id: string; name: string } };
    };
    expect(release.parties.filter((p) => p.roles.includes('buyer')).map((p) => [p.name, p.roles])).toEqual([
      ['Eksempel kommune', ['buyer']],
      ['Malvik kommune', ['buyer']],
      ['Melhus kommune', ['buyer', 'procuringEntity']],
    ]);
    expect(release.buyer.id).toBe('NO-BRC-974760673');
    expect(release.tender.procuringEntity).toEqual({ id: 'NO-BRC-938726027', name: 'Melhus kommune' });
  });
});

describe("the office's own figures in the briefing pack", () => {
  it('counts a joint case’s value and savings at the office’s own share, says so, and lists the participants in the appendix', () => {
    const s = tempService();
    const award = (over: Partial<Input<'cases.create'>>) => {
      let c = ok(s, 'cases.create', sampleCase(over));
      for (const [phase, date] of [
        ['kunngjoring', '2026-03-01'],
        ['tildeling', '2026-05-02'],
      ] as const)
        c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase, date });
      return c;
    };
    const a = award({ caseNumber: '2026/501', estimatedValue: 10_000_000, registeredDate: '2026-01-15' });
    const b = award({ caseNumber: '2026/502', estimatedValue: 4_000_000, registeredDate: '2026-01-15' });
    ok(s, 'joint.add', { caseId: a.id, participant: malvik });
    ok(s, 'joint.add', { caseId: a.id, participant: melhus });
    // The office's own share of case A: 10 − 3 − 2 million = 5 million, half.
    ok(s, 'savings.set', {
      caseId: a.id,
      baselineKind: 'estimate',
      baselineValue: 10_000_000,
      awardedValue: 9_000_000,
      periodMonths: 48,
    });
    ok(s, 'savings.setRealised', { caseId: a.id, year: 2026, amount: 200_000 });
    ok(s, 'savings.set', {
      caseId: b.id,
      baselineKind: 'previous_contract',
      baselineValue: 4_000_000,
      awardedValue: 3_500_000,
      periodMonths: 48,
    });
    const spec = { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'closed' as const };
    const pack = ok(s, 'briefing.build', spec);
    expect(pack.summary).toMatchObject({
      casesHandled: 2,
      savedPeriod: 500_000 + 500_000,
      estimateBased: 500_000,
      realisedPeriod: 100_000,
      jointCases: 1,
    });
    expect(pack.summary.sentences.join(' ')).toContain(
      'Én sak er innkjøpssamarbeid med andre oppdragsgivere; verdiene og gevinstene regner bare kontorets egen andel av den.',
    );
    expect(pack.portfolio.byDepartment).toEqual([{ key: 'Helse og omsorg', n: 2, value: 5_000_000 + 4_000_000 }]);
    const tables = briefingTables(pack, 'nb');
    expect(tables.portfolioNote).toBe(
      'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
    );

    const appendix = ok(s, 'briefing.build', { ...spec, part: 'appendix' }).appendix;
    const row = appendix.find((x) => x.caseNumber === '2026/501')!;
    expect(row.joint?.map((x) => x.replace(/\u00a0/g, ' '))).toEqual([
      'Malvik kommune 30 %',
      'Melhus kommune 2 mill. kr (leder)',
    ]);
    expect(row).toMatchObject({ estimatedValue: 10_000_000, ownValue: 5_000_000 });
    const table = appendixTable(appendix, 'nb');
    expect(table.head).toContain('Innkjøpssamarbeid med');
    expect(table.note).toContain('Summene regner bare kontorets egen andel av verdien; i listen står hele verdien.');
    expect(table.groups![0]!.heading.replace(/\u00a0/g, ' ')).toBe('Helse og omsorg – 2 saker · 9 mill. kr');
  });
});

describe('the demo municipality', () => {
  it('runs a procurement jointly with two other municipalities, one of which leads', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    const ids = s.database.sqlite.prepare('SELECT DISTINCT case_id FROM case_participants').pluck().all() as number[];
    expect(ids).toHaveLength(1);
    const j = ok(s, 'joint.get', { caseId: ids[0]! });
    expect(j.participants.map((p) => [p.name, p.lead])).toEqual([
      ['Nabodal kommune', true],
      ['Østre Fjord kommune', false],
    ]);
    expect(j).toMatchObject({ ownPct: 45, over: 0, officeLeads: false });
  });
});

describe('joint procurement in the case list as a spreadsheet', () => {
  it('names the other contracting authorities and gives the office’s own share beside the whole value', async () => {
    const { s, c } = jointCase();
    ok(s, 'joint.add', { caseId: c.id, participant: malvik });
    ok(s, 'joint.add', { caseId: c.id, participant: melhus });
    const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
    const r = await fileExporter(s, noPrinter, 'test')('xlsx', { list: 'cases' }, 'nb', 'http://127.0.0.1/');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![col('Anslått verdi (kr)')]).toBe(10_000_000);
    expect(rows[1]![col('Innkjøpssamarbeid med')]).toBe('Malvik kommune, Melhus kommune');
    expect(rows[1]![col('Kontorets egen andel (kr)')]).toBe(5_000_000);
  });
});
