import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { reposOver, unitOfWork } from '../db/index.js';
import { exportBriefing } from '../service/briefing/export.js';
import { generateDemo } from '../service/demo/generate.js';
import { startHttpHost } from '../service/http/server.js';
import { openService } from '../service/openData.js';
import { ChromiumPrinter } from '../service/print/chromium.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';
import { median, round } from './stats.js';

/**
 * Briefing packs for a municipality with `perYear` cases handled in a year:
 * from the request to the PDF's bytes, through the same route and Chromium
 * as the app. Chromium is started once first, as the app keeps it running.
 * A case counts in every year it has an event, so about 0.55 new cases per
 * case handled give `perYear`; the figure printed is the pack's own count.
 *
 * Measured: the short pack (the default; what the composer's preview makes),
 * the full pack, and the appendix of all cases (its own file, part=appendix).
 */
const NEW_PER_HANDLED = 0.55;
type Part = 'pack' | 'appendix';

export async function measureBriefing(dir: string, today: string, perYear = 5_000) {
  if (!existsSync(path.join(rendererDist, 'index.html'))) execSync('npm run build:renderer', { stdio: 'ignore' });
  const service = openService(path.join(dir, `briefing-${perYear}`), { migrationsDir }, { today: () => today });
  const db = service.database.db;
  const t0 = performance.now();
  // Every repository, so the demo fills suppliers, dialogue, contracts, savings and the strategy too.
  const related = reposOver(db);
  generateDemo(related.cases, {
    cases: Math.round(perYear * NEW_PER_HANDLED * 4),
    tx: unitOfWork(db.$client),
    years: 4,
    today,
    seed: 11,
    related,
  });
  const build_s = (performance.now() - t0) / 1000;
  const host = await startHttpHost({ service, staticDir: rendererDist });
  const printer = new ChromiumPrinter();
  const year = Number(today.slice(0, 4)) - 1;
  const spec = (length: 'short' | 'full') => ({
    title: `Orientering om innkjøp ${year}`,
    organisation: 'Benk kommune',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    version: 'public',
    length,
  });
  const make = async (length: 'short' | 'full', part: Part = 'pack') => {
    const r = await exportBriefing(
      { service, printer, appUrl: host.oneTimeUrl('/') },
      { spec: spec(length), format: 'pdf', record: false, by: 'bench', part },
      'nb',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r;
  };
  /** The first print (cold for this spec) and the median of three more. */
  const timed = async (length: 'short' | 'full', part: Part = 'pack') => {
    const c0 = performance.now();
    const first = await make(length, part);
    const first_ms = performance.now() - c0;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      await make(length, part);
      times.push(performance.now() - s);
    }
    return {
      pages: first.pages,
      pdf_kb: Math.round(first.bytes.byteLength / 1024),
      first_ms: round(first_ms),
      pdf_ms: round(median(times.sort((a, b) => a - b))),
    };
  };
  try {
    // The service's part alone, cold: every figure of the short pack from the register.
    const b0 = performance.now();
    const built = service.dispatch('briefing.build', spec('short'), 'nb');
    const pack_build_ms = performance.now() - b0;
    const handled = built.ok ? (built.value as { summary: { casesHandled: number } }).summary.casesHandled : 0;
    const short = await timed('short');
    const full = await timed('full');
    const appendix = await timed('full', 'appendix');
    return {
      build_s: round(build_s, 1),
      cases_in_year: handled,
      pack_build_ms: round(pack_build_ms),
      short,
      full,
      appendix,
      full_with_appendix_ms: round(full.pdf_ms + appendix.pdf_ms),
    };
  } finally {
    await printer.close();
    await host.close();
    service.database.close();
  }
}
