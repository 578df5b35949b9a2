import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { unitOfWork, CasesRepo, ContractsRepo, DialoguesRepo, GoalsRepo, SavingsRepo, StrategiesRepo, SuppliersRepo } from '../db/index.js';
import { exportBriefing } from '../service/briefing/export.js';
import { generateDemo } from '../service/demo/generate.js';
import { startHttpHost } from '../service/http/server.js';
import { openService } from '../service/openData.js';
import { ChromiumPrinter } from '../service/print/chromium.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';
import { median, round } from './stats.js';

/**
 * A full-year briefing pack (every section, the appendix listing every case)
 * for a municipality with about 5,000 cases handled in the year: from the
 * request to the PDF's bytes, through the same route and Chromium as the
 * app. Chromium is started once first, as the app keeps it running. A case
 * counts in every year it has an event, so about 2,750 new cases a year give
 * 5,000 handled; the figure printed is the pack's own count.
 */
const NEW_PER_HANDLED = 0.55;
export async function measureBriefing(dir: string, today: string, perYear = 5_000) {
  if (!existsSync(path.join(rendererDist, 'index.html'))) execSync('npm run build:renderer', { stdio: 'ignore' });
  const service = openService(path.join(dir, 'briefing'), { migrationsDir }, { today: () => today });
  const db = service.database.db;
  const t0 = performance.now();
  const related = { suppliers: new SuppliersRepo(db), dialogues: new DialoguesRepo(db), contracts: new ContractsRepo(db), savings: new SavingsRepo(db), goals: new GoalsRepo(db), strategies: new StrategiesRepo(db) };
  generateDemo(new CasesRepo(db), { cases: Math.round(perYear * NEW_PER_HANDLED * 4), tx: unitOfWork(db.$client), years: 4, today, seed: 11, related });
  const build_s = (performance.now() - t0) / 1000;
  const host = await startHttpHost({ service, staticDir: rendererDist });
  const printer = new ChromiumPrinter();
  const year = Number(today.slice(0, 4)) - 1;
  const spec = { title: `Orientering om innkjøp ${year}`, organisation: 'Benk kommune', from: `${year}-01-01`, to: `${year}-12-31`, version: 'public' };
  const make = async () => {
    const r = await exportBriefing({ service, printer, appUrl: host.oneTimeUrl('/') }, { spec, format: 'pdf', record: false, by: 'bench' }, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r;
  };
  try {
    // The service's part alone, cold: every figure of the pack from the register.
    const b0 = performance.now();
    const built = service.dispatch('briefing.build', spec, 'nb');
    const build_ms = performance.now() - b0;
    const c0 = performance.now();
    const first = await make();
    const cold = performance.now() - c0;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      await make();
      times.push(performance.now() - s);
    }
    const handled = built.ok ? (built.value as { summary: { casesHandled: number } }).summary.casesHandled : 0;
    return { build_s: round(build_s, 1), cases_in_year: handled, pages: first.pages, pdf_kb: Math.round(first.bytes.byteLength / 1024), pack_build_ms: round(build_ms), first_ms: round(cold), pdf_ms: round(median(times.sort((a, b) => a - b))) };
  } finally {
    await printer.close();
    await host.close();
    service.database.close();
  }
}
