import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinds, phases, procedures } from '../../core/index.js';
import { repoRoot } from '../../service/repoPaths.js';
import { err, ok, sampleCase, tempService, TODAY } from '../helpers/tempService.js';

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
    const rare = ['innovasjonspartnerskap', 'plan_design', 'plan_design_begrenset', 'forhandling_uten_kunngjoring', 'avrop', 'dialog', 'direkte', 'forhandling'] as const;
    rare.forEach((procedure, i) => ok(s, 'cases.create', sampleCase({ caseNumber: `2026/990${i}`, kind: 'tjenester', estimatedValue: 900_000 + i, procedure })));
    const present = new Set(raw.prepare('SELECT DISTINCT phase FROM cases').pluck().all());
    phases.filter((p) => !present.has(p)).forEach((phase, i) => {
      const c = ok(s, 'cases.create', sampleCase({ caseNumber: `2026/980${i}`, procedure: 'apen_anbud' }));
      ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase, date: TODAY, note: 'Test' });
    });
    // The register really does hold every code the mapping must handle.
    expect(new Set(raw.prepare('SELECT DISTINCT phase FROM cases').pluck().all())).toEqual(new Set(phases));
    expect(new Set(raw.prepare('SELECT DISTINCT kind FROM cases').pluck().all())).toEqual(new Set(kinds));
    expect(new Set(raw.prepare('SELECT DISTINCT procedure FROM cases WHERE procedure IS NOT NULL').pluck().all())).toEqual(new Set(procedures));

    expect(err(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY })).toMatchObject({ message: expect.stringMatching(/organisasjonsnummer under Innstillinger/) });
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    const pkg = ok(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY, ocidPrefix: 'ocds-abc123' });
    expect(pkg.releases).toHaveLength(ok(s, 'cases.list', { includeArchived: true }).total);

    const validate = packageValidator();
    const valid = validate(pkg);
    expect(validate.errors?.slice(0, 5) ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
    // The validator does bite: a release with a tag outside the closed code list is refused.
    expect(validate({ ...pkg, releases: [{ ...pkg.releases[0], tag: ['awarded'] }] })).toBe(false);

    const releases = pkg.releases as { ocid: string; tag: string[]; tender: { status: string; procurementMethod?: string; mainProcurementCategory: string }; awards: { suppliers: { id: string }[] }[]; contracts: { period: { maxExtentDate: string } }[]; parties: { id: string; roles: string[] }[] }[];
    expect(new Set(releases.map((r) => r.tender.status))).toEqual(new Set(['planning', 'active', 'complete', 'cancelled']));
    expect(new Set(releases.map((r) => r.tender.procurementMethod).filter(Boolean))).toEqual(new Set(['open', 'selective', 'limited', 'direct']));
    expect(new Set(releases.map((r) => r.tender.mainProcurementCategory))).toEqual(new Set(['goods', 'services', 'works']));
    const withContract = releases.find((r) => r.contracts.length > 0)!;
    expect(withContract.ocid).toMatch(/^ocds-abc123-\d{4}-\d+$/);
    expect(withContract.tag).toContain('contract');
    // Every supplier an award names is among the parties, with the supplier role.
    for (const a of withContract.awards) for (const sup of a.suppliers) expect(withContract.parties.find((p) => p.id === sup.id)?.roles).toContain('supplier');
  });

  it('leaves out every text marked confidential', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    ok(s, 'settings.set', { organisationName: 'Eksempel kommune', organisationOrgnr: '974760673' });
    // A supplier under contract whose notes are marked confidential.
    const contract = s.database.sqlite.prepare('SELECT supplier_id AS supplierId FROM contract_suppliers LIMIT 1').get() as { supplierId: number };
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
    const secrets = s.database.sqlite.prepare("SELECT notes FROM suppliers WHERE notes_confidential IS NOT NULL AND notes <> '' UNION ALL SELECT outcome FROM dialogues WHERE outcome_confidential IS NOT NULL AND outcome <> ''").pluck().all() as string[];
    expect(secrets.length).toBeGreaterThan(0);
    const text = JSON.stringify(ok(s, 'exchange.ocds', { from: '2000-01-01', to: TODAY }));
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
