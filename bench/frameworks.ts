import path from 'node:path';
import { reposOver, unitOfWork } from '../db/index.js';
import { generateDemo, mulberry32 } from '../service/demo/generate.js';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';
import { median, pct, round, timeMany } from './stats.js';

const DEPARTMENTS = ['Helse og omsorg', 'Oppvekst', 'Teknisk drift', 'Kultur', 'Eiendom', 'Nabokommunen'];

/**
 * Spend against the maximum for every framework (`contracts.frameworkSpend`,
 * what Frister lists) at `callOffs` call-offs: the demo municipality's
 * contracts (2,000 cases) all made frameworks, the call-offs spread over
 * them, their years and six departments.
 */
export async function measureFrameworkSpend(dir: string, today: string, callOffs = 100_000) {
  const service = openService(path.join(dir, `frameworks-${callOffs}`), { migrationsDir }, { today: () => today });
  const db = service.database.db;
  const repos = reposOver(db);
  const tx = unitOfWork(db.$client);
  generateDemo(repos.cases, { cases: 2_000, tx, today, seed: 11, related: repos });
  const contracts = repos.contracts.list();
  const rnd = mulberry32(5);
  tx(() => {
    for (const k of contracts)
      repos.frameworks.setTerms(k.id, {
        suppliers: 'single',
        callOff: 'ranked',
        maxValue: k.value,
        maxQuantity: rnd() < 0.2 ? 10_000 : null,
        quantityUnit: 'stk',
        entitled: DEPARTMENTS,
        durationGround: '',
      });
    const insert = service.database.sqlite.prepare(
      `INSERT INTO call_offs (contract_id, date, department, supplier_id, value, quantity, description, method)
       VALUES (?, ?, ?, (SELECT supplier_id FROM contract_suppliers WHERE contract_id = ?), ?, ?, 'Bestilling', 'direct')`,
    );
    for (let i = 0; i < callOffs; i++) {
      const k = contracts[Math.floor(rnd() * contracts.length)]!;
      const date = `${2022 + Math.floor(rnd() * 5)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`;
      insert.run(
        k.id,
        date,
        DEPARTMENTS[i % DEPARTMENTS.length],
        k.id,
        Math.floor(rnd() * 50_000),
        rnd() < 0.3 ? 5 : null,
      );
    }
  });
  service.database.sqlite.exec('ANALYZE');
  const spend = () => {
    const r = service.dispatch('contracts.frameworkSpend', {}, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r.value;
  };
  const runs = await timeMany(60, spend);
  const raw = await timeMany(60, () => repos.frameworks.allTotals());
  service.database.close();
  return {
    frameworks: contracts.length,
    call_offs: callOffs,
    spend_ms: round(median(runs)),
    spend_p95_ms: round(pct(runs, 95)),
    /** The fastest run: what it takes when the machine is not busy with anything else. */
    spend_min_ms: round(runs[0]!),
    aggregate_raw_ms: round(median(raw)),
  };
}
