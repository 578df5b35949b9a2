import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinds, phases, procedures } from '../../core/index.js';
import { repoRoot } from '../../service/repoPaths.js';
import { err, ok, sampleCase, sampleSupplier, tempService, TODAY } from '../helpers/tempService.js';

const ocdsDir = path.join(repoRoot, 'core', 'data', 'ocds');
const schema = (name: string) => JSON.parse(readFileSync(path.join(ocdsDir, name), 'utf8')) as object;

/** The official OCDS 1.1 release package schema (draft-04), with the release schema it refers to. */
// Both are CommonJS with a default export; under Node's ESM rules that sits on `.default`.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

function packageValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema('release-schema.json'));
  return ajv.compile(schema('release-package-schema.json'));
}

describe('OCDS 1.1 export', () => {
  it('gives a release package that the official schema accepts, for a register holding every procedure, phase and kind', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 440 });
    const raw = s.database.sqlite;
    // The demo leaves no case standing at the award itself: move one there, through the API.
    const evaluating = ok(s, 'cases.list', { phase: 'evaluering' }).items[0]!;
    const detail = ok(s, 'cases.get', { id: evaluating.id });
    ok(s, 'cases.changePhase', { id: detail.id, version: detail.version, phase: 'tildeling', date: TODAY });
    // Nor does it use the rarest procedures, nor leave a case standing in every phase: add them.
    const rare = [
      'innovasjonspartnerskap',
      'plan_design',
      'plan_design_begrenset',
      'forhandling_uten_kunngjoring',
      'avrop',
      'dialog',
      'direkte',
      'forhandling',
    ] as const;
    rare.forEach((procedure, i) =>
      ok(
        s,
        'cases.create',
        sampleCase({ caseNumber: `2026/990${i}`, kind: 'tjenester', estimatedValue: 900_000 + i, procedure }),
      ),
    );
    const present = new Set(raw.prepare('SELECT DISTINCT phase FROM cases').pluck().all());
    phases
      .filter((p) => !present.has(p))
      .forEach((phase, i) => {
        const c = ok(s, 'cases.create', sampleCase({ caseNumber: `2026/980${i}`, procedure: 'apen_anbud' }));
        ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase, date: TODAY, note: 'Test' });
      });
    // The register really does hold every code the mapping must handle.
    expect(new Set(raw.prepare('SELECT DISTINCT phase FROM cases').pluck().all())).toEqual(new Set(phases));
    expect(new Set(raw.prepare('SELECT DISTINCT kind FROM cases').pluck().all())).toEqual(new Set(kinds));
    expect(
      new Set(raw.prepare('SELECT DISTINCT procedure FROM cases WHERE procedure IS NOT NULL').pluck().all()),
    ).toEqual(new Set(procedures));

    expect(err(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY })).toMatchObject({
      message: expect.stringMatching(/organisasjonsnummer under Innstillinger/),
    });
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    const pkg = ok(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY, ocidPrefix: 'ocds-abc123' });
    expect(pkg.releases).toHaveLength(ok(s, 'cases.list', { includeArchived: true }).total);

    const validate = packageValidator();
    const valid = validate(pkg);
    expect(validate.errors?.slice(0, 5) ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
    // The validator does bite: a release with a tag outside the closed code list is refused.
    expect(validate({ ...pkg, releases: [{ ...pkg.releases[0], tag: ['awarded'] }] })).toBe(false);

    const releases = pkg.releases as {
      ocid: string;
      tag: string[];
      tender: { status: string; procurementMethod?: string; mainProcurementCategory: string };
      awards: { suppliers: { id: string }[] }[];
      contracts: { period: { maxExtentDate: string } }[];
      parties: { id: string; roles: string[] }[];
    }[];
    expect(new Set(releases.map((r) => r.tender.status))).toEqual(
      new Set(['planning', 'active', 'complete', 'cancelled']),
    );
    expect(new Set(releases.map((r) => r.tender.procurementMethod).filter(Boolean))).toEqual(
      new Set(['open', 'selective', 'limited', 'direct']),
    );
    expect(new Set(releases.map((r) => r.tender.mainProcurementCategory))).toEqual(
      new Set(['goods', 'services', 'works']),
    );
    const withContract = releases.find((r) => r.contracts.length > 0)!;
    expect(withContract.ocid).toMatch(/^ocds-abc123-\d{4}-\d+$/);
    expect(withContract.tag).toContain('contract');
    // Every supplier an award names is among the parties, with the supplier role.
    for (const a of withContract.awards)
      for (const sup of a.suppliers)
        expect(withContract.parties.find((p) => p.id === sup.id)?.roles).toContain('supplier');
  });

  it('gives the tender period its end: the deadline planned while the notice is out, the one recorded once it has passed', () => {
    const s = tempService();
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    let c = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/7801', registeredDate: '2026-03-01', plannedTenderDeadline: '2026-04-20' }),
    );
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'kunngjoring', date: '2026-03-10' });
    const period = () =>
      (
        ok(s, 'exchange.ocds', { from: '2026-01-01', to: TODAY }).releases as {
          tender: { id: string; tenderPeriod?: unknown };
        }[]
      ).find((r) => r.tender.id === '2026/7801')!.tender.tenderPeriod;
    expect(period()).toEqual({ startDate: '2026-03-10T00:00:00Z', endDate: '2026-04-20T00:00:00Z' });
    ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tilbudsfrist', date: '2026-04-22' });
    expect(period()).toEqual({ startDate: '2026-03-10T00:00:00Z', endDate: '2026-04-22T00:00:00Z' });
  });

  it('leaves out every text marked confidential', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    // A supplier under contract whose notes are marked confidential.
    const contract = s.database.sqlite
      .prepare('SELECT supplier_id AS supplierId FROM contract_suppliers LIMIT 1')
      .get() as { supplierId: number };
    const sup = ok(s, 'suppliers.get', { id: contract.supplierId, view: 'internal' });
    ok(s, 'suppliers.update', {
      id: sup.id,
      version: sup.version,
      orgnr: sup.orgnr,
      name: sup.name,
      address: sup.address,
      postalCode: sup.postalCode,
      city: sup.city,
      contacts: sup.contacts.map(({ id: _, ...c }) => c),
      notes: 'Leverandøren har varslet om økonomiske problemer (forretningshemmelighet).',
      notesConfidential: 'foa_7_4',
    });
    const secrets = s.database.sqlite
      .prepare(
        "SELECT notes FROM suppliers WHERE notes_confidential IS NOT NULL AND notes <> '' UNION ALL SELECT outcome FROM dialogues WHERE outcome_confidential IS NOT NULL AND outcome <> ''",
      )
      .pluck()
      .all() as string[];
    expect(secrets.length).toBeGreaterThan(0);
    const text = JSON.stringify(ok(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY }));
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('maps procedures, tenderers, contracts and the standstill as OCDS means them', () => {
    const s = tempService();
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    const make = (n: number, procedure: string, over: Record<string, unknown> = {}) =>
      ok(
        s,
        'cases.create',
        sampleCase({
          caseNumber: `2026/77${n}`,
          kind: 'tjenester',
          estimatedValue: 900_000,
          procedure: procedure as never,
          registeredDate: '2026-03-01',
          ...over,
        }),
      );
    const mini = make(1, 'minikonkurranse');
    const callOff = make(2, 'avrop');
    const design = make(3, 'plan_design_begrenset');
    const noNotice = make(4, 'forhandling_uten_kunngjoring');
    const directOne = make(5, 'direkte');
    const directMany = make(6, 'direkte');
    const bidder = (name: string, orgnr: string, over: Record<string, unknown> = {}) => ({
      name,
      orgnr,
      requested: true,
      tendered: true,
      ...over,
    });
    // A Norwegian direct award after asking several suppliers: limited.
    ok(s, 'protocol.save', {
      caseId: directMany.id,
      version: 0,
      participants: [bidder('Renhold Øst AS', '974760673'), bidder('Vask AS', '701730496')],
    });

    // A competition with three tenderers, one winner, a contract signed and not yet started.
    let won = make(7, 'apen_anbud', { estimatedValue: 3_000_000 });
    for (const phase of [
      'kunngjoring',
      'tilbudsfrist',
      'evaluering',
      'tildeling',
      'karensperiode',
      'kontraktsignering',
    ] as const)
      won = ok(s, 'cases.changePhase', { id: won.id, version: won.version, phase, date: '2026-05-01' });
    ok(s, 'protocol.save', {
      caseId: won.id,
      version: 0,
      participants: [
        bidder('Grønn Mobilitet AS', sup.orgnr, { awarded: true }),
        bidder('Vask AS', '701730496'),
        bidder('Utenlandsk Rengjøring GmbH', ''),
      ],
    });
    ok(s, 'contracts.create', {
      caseId: won.id,
      title: 'Renhold',
      supplierIds: [sup.id],
      value: 2_900_000,
      signedDate: '2026-05-10',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
    });
    ok(s, 'contracts.create', {
      caseId: won.id,
      title: 'Tillegg, ikke signert',
      supplierIds: [sup.id],
      value: 100_000,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    });

    // An award in its standstill, with no contract yet.
    let standstill = make(8, 'apen_anbud', { estimatedValue: 3_000_000 });
    for (const phase of ['kunngjoring', 'tilbudsfrist', 'evaluering', 'tildeling', 'karensperiode'] as const)
      standstill = ok(s, 'cases.changePhase', {
        id: standstill.id,
        version: standstill.version,
        phase,
        date: '2026-11-20',
      });
    ok(s, 'protocol.save', {
      caseId: standstill.id,
      version: 0,
      participants: [bidder('Grønn Mobilitet AS', sup.orgnr, { awarded: true })],
      awardNoticeDate: '2026-11-20',
      standstillEndDate: '2026-12-01',
    });

    const pkg = ok(s, 'exchange.ocds', { from: '2026-01-01', to: TODAY });
    const validate = packageValidator();
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    type Rel = {
      tender: {
        id: string;
        procurementMethod?: string;
        tenderers?: { name: string }[];
        numberOfTenderers?: number;
        awardPeriod?: { startDate?: string; endDate?: string };
      };
      awards: { status: string; suppliers: { name: string }[] }[];
      contracts: { title: string; status: string }[];
    };
    const rel = (c: { caseNumber: string }) => (pkg.releases as Rel[]).find((r) => r.tender.id === c.caseNumber)!;
    expect(rel(mini).tender.procurementMethod).toBe('selective');
    expect(rel(callOff).tender.procurementMethod).toBe('direct');
    expect(rel(design).tender.procurementMethod).toBe('selective');
    expect(rel(noNotice).tender.procurementMethod).toBe('limited');
    expect(rel(directOne).tender.procurementMethod).toBe('direct');
    expect(rel(directMany).tender.procurementMethod).toBe('limited');

    const w = rel(won);
    expect(w.tender.tenderers?.map((t) => t.name).sort()).toEqual([
      'Grønn Mobilitet AS',
      'Utenlandsk Rengjøring GmbH',
      'Vask AS',
    ]);
    expect(w.tender.numberOfTenderers).toBe(3);
    expect(Object.fromEntries(w.contracts.map((c) => [c.title, c.status]))).toEqual({
      Renhold: 'active',
      'Tillegg, ikke signert': 'pending',
    });

    const st = rel(standstill);
    expect(st.awards).toEqual([
      expect.objectContaining({
        status: 'pending',
        suppliers: [expect.objectContaining({ name: 'Grønn Mobilitet AS' })],
      }),
    ]);
    expect(st.tender.awardPeriod).toEqual({ startDate: '2026-11-20T00:00:00Z', endDate: '2026-12-01T00:00:00Z' });
  });
});
