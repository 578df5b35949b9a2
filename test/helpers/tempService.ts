import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Input, Locale, Method, Output } from '../../core/index.js';
import { openService } from '../../service/openData.js';
import { migrationsDir } from '../../service/repoPaths.js';
import type { Service } from '../../service/service.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'anskaff-test-'));
  dirs.push(d);
  return d;
}

export const TODAY = '2026-11-25';

/** The real service over a real SQLite file in a temp folder, with outputs checked against the contract. */
export function tempService(opts: { today?: string; dataDir?: string } = {}): Service & { dataDir: string } {
  const dataDir = opts.dataDir ?? tempDir();
  const today = opts.today ?? TODAY;
  const s = openService(dataDir, { migrationsDir }, { today: () => today, checkOutputs: true, log: () => {} });
  afterEach(() => s.database.close());
  return Object.assign(s, { dataDir });
}

/** Calls a method and returns its output, failing the test with the error body if it fails. */
export function ok<M extends Method>(s: Service, method: M, input: Input<M>, locale: Locale = 'nb'): Output<M> {
  const r = s.dispatch(method, input, locale);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.body)}`);
  return r.value as Output<M>;
}

export function err(s: Service, method: string, input: unknown, locale: Locale = 'nb') {
  const r = s.dispatch(method, input, locale);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  // The words a person reads; the keys beside them (for saying it again in another language) are checked where they matter.
  const { key: _key, params: _params, ...error } = r.body.error;
  return { status: r.status, ...error, issues: error.issues?.map(({ path, message }) => ({ path, message })) };
}

export const sampleCase = (over: Partial<Input<'cases.create'>> = {}): Input<'cases.create'> => ({
  caseNumber: '2026/1234',
  title: 'Elektriske kommunale kjøretøy',
  description: 'Leasing av elbiler til hjemmetjenesten, med lading.',
  department: 'Helse og omsorg',
  needOwner: 'Nina Holm',
  buyer: 'Kari Nordmann',
  estimatedValue: 3_500_000,
  kind: 'varer',
  procedure: 'apen_anbud',
  themes: ['klima_miljo'],
  registeredDate: '2026-09-01',
  ...over,
});

export const sampleSupplier = (over: Partial<Input<'suppliers.create'>> = {}): Input<'suppliers.create'> => ({
  orgnr: '974760673',
  name: 'Grønn Mobilitet AS',
  address: 'Storgata 1',
  postalCode: '0155',
  city: 'Oslo',
  contacts: [{ name: 'Siri Dahl', role: 'Salgssjef', email: 'siri@gronnmobilitet.no', phone: '+47 900 00 000' }],
  ...over,
});
