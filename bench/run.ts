// `npm run bench [-- --json] [-- --sizes 1000,10000,100000] [-- --office-users 30 --office-seconds 60]`
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CaseListQuerySchema, type CaseListQuery } from '../core/index.js';
import { CasesRepo, listStatements, reposOver, unitOfWork } from '../db/index.js';
import { generateDemo } from '../service/demo/generate.js';
import { startHttpHost } from '../service/http/server.js';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';
import { measureBriefing } from './briefing.js';
import { measureImport } from './import.js';
import { runOfficeLoad } from './office.js';
import { measureFrameworkSpend } from './frameworks.js';
import { buildDialogue, DIALOGUE_SEARCHES } from './dialogue.js';
import { median, pct, round, timeMany, timePairs } from './stats.js';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'dialogue-entries': { type: 'string', default: '1000000' },
    'briefing-cases-per-year': { type: 'string', default: '5000' },
    /** A typical year, for the composer's preview (the short pack). */
    'preview-cases-per-year': { type: 'string', default: '500' },
    'import-rows': { type: 'string', default: '10000' },
    /** The office load test: this many people at once against one server process (0: left out). */
    'office-users': { type: 'string', default: '30' },
    'office-seconds': { type: 'string', default: '60' },
    /** The register they work in: the demo's size. */
    'office-cases': { type: 'string', default: '440' },
    /** The briefing packs they export now and then: Word, or PDF through Chromium. */
    'office-pack': { type: 'string', default: 'docx' },
    /** The server: the office server (HTTPS, one account per person), or the browser host, which reports its CPU and lateness. */
    'office-host': { type: 'string', default: 'office' },
    'call-offs': { type: 'string', default: '100000' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const log = (...a: unknown[]) => !args.json && console.log(...a);
const TODAY = '2026-11-25';
const RUNS = 300;
// What people type while searching: prefixes of words in the demo titles and descriptions.
const SEARCHES = [
  'skole',
  'brøyt',
  'renhold',
  'sykehjem',
  'elev',
  'vann',
  'rammeavtale',
  'digital',
  'mobil',
  'asfalt',
  'kultur',
  'ene',
  'fossilfri',
  'leas',
  'trygghet',
  'kunstgress',
  'lys',
  'kontor',
  'forsikring',
  'tilsyn',
];

interface SizeResult {
  cases: number;
  build_s: number;
  list_first_page_handler_ms: number;
  list_first_page_raw_ms: number;
  list_first_page_http_ms: number;
  list_deep_offset_handler_ms: number;
  list_deep_cursor_handler_ms: number;
  list_deep_cursor_raw_ms: number;
  search_p50_ms: number;
  search_p95_ms: number;
  dashboard_first_ms: number;
  dashboard_ms: number;
}

async function measure(n: number, dir: string): Promise<SizeResult> {
  const dataDir = path.join(dir, String(n));
  const service = openService(dataDir, { migrationsDir }, { today: () => TODAY });
  const t0 = performance.now();
  const db = service.database.db;
  // The whole municipality: suppliers, dialogue, contracts, savings and the strategy, so the dashboard has all it reads.
  const related = reposOver(db);
  generateDemo(related.cases, { cases: n, tx: unitOfWork(db.$client), today: TODAY, seed: 7, related });
  const build_s = (performance.now() - t0) / 1000;
  const raw = service.database.sqlite;

  const repo = new CasesRepo(service.database.db);
  const runRaw = (q: CaseListQuery) => {
    const st = listStatements(q, repo.matchFor(q.q));
    const count = raw.prepare(st.count.text);
    const page = raw.prepare(st.page.text);
    return () => {
      count.get(st.params);
      return page.all(st.params);
    };
  };
  const handler = (input: Record<string, unknown>) => () => {
    const r = service.dispatch('cases.list', input, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r.value;
  };

  const first = {};
  const firstQ = CaseListQuerySchema.parse(first);
  const [firstHandler, firstRaw] = await timePairs(RUNS, handler(first), runRaw(firstQ));
  const list_first_page_handler_ms = median(firstHandler);
  const list_first_page_raw_ms = median(firstRaw);

  // A page near the end of the list, by offset and by cursor.
  const deepOffset = { offset: Math.max(0, n - 150), limit: 100 };
  const list_deep_offset_handler_ms = median(await timeMany(RUNS / 3, handler(deepOffset)));
  const cursorPage = service.dispatch('cases.list', { offset: Math.max(0, n - 250), limit: 100 }, 'nb');
  const cursor = (cursorPage.ok && (cursorPage.value as { nextCursor: string }).nextCursor) || undefined;
  const deepCursor = { cursor, limit: 100 };
  const [deepHandler, deepRaw] = await timePairs(
    RUNS,
    handler(deepCursor),
    runRaw(CaseListQuerySchema.parse(deepCursor)),
  );
  const list_deep_cursor_handler_ms = median(deepHandler);
  const list_deep_cursor_raw_ms = median(deepRaw);

  const search = await timeMany(RUNS, (i) => handler({ q: SEARCHES[i % SEARCHES.length]!, limit: 100 })());

  // Every figure of the strategy dashboard: all goals, every year of the period.
  const dashboard = () => {
    const r = service.dispatch('strategy.dashboard', {}, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r.value;
  };
  const dashboardFirst = await timeMany(1, dashboard);
  const dashboardRuns = await timeMany(RUNS / 3, dashboard);

  const host = await startHttpHost({ service });
  const http = await timeMany(RUNS, async () => {
    const res = await fetch(`${host.url}/rpc/cases.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    return res.json();
  });
  await host.close();
  service.database.close();

  return {
    cases: n,
    build_s: round(build_s, 1),
    list_first_page_handler_ms: round(list_first_page_handler_ms),
    list_first_page_raw_ms: round(list_first_page_raw_ms),
    list_first_page_http_ms: round(median(http)),
    list_deep_offset_handler_ms: round(list_deep_offset_handler_ms),
    list_deep_cursor_handler_ms: round(list_deep_cursor_handler_ms),
    list_deep_cursor_raw_ms: round(list_deep_cursor_raw_ms),
    search_p50_ms: round(median(search)),
    search_p95_ms: round(pct(search, 95)),
    dashboard_first_ms: round(dashboardFirst[0]!),
    dashboard_ms: round(median(dashboardRuns)),
  };
}

async function measureDialogue(entries: number, dir: string) {
  const service = openService(path.join(dir, `dialogue-${entries}`), { migrationsDir }, { today: () => TODAY });
  const t0 = performance.now();
  buildDialogue(service, entries, TODAY);
  const build_s = (performance.now() - t0) / 1000;
  const search = (input: Record<string, unknown>) => () => {
    const r = service.dispatch('dialogues.search', input, 'nb');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    return r.value;
  };
  const all = await timeMany(RUNS, (i) => search({ q: DIALOGUE_SEARCHES[i % DIALOGUE_SEARCHES.length]! })());
  const byCase = await timeMany(RUNS, (i) =>
    search({ q: DIALOGUE_SEARCHES[i % DIALOGUE_SEARCHES.length]!, caseId: 1 + (i % 2000) })(),
  );
  service.database.close();
  return {
    entries,
    build_s: round(build_s, 1),
    search_p50_ms: round(median(all)),
    search_p95_ms: round(pct(all, 95)),
    search_in_case_p50_ms: round(median(byCase)),
    search_in_case_p95_ms: round(pct(byCase, 95)),
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-bench-'));
try {
  const results: SizeResult[] = [];
  for (const n of sizes) {
    log(`building and measuring ${n.toLocaleString('en')} cases …`);
    results.push(await measure(n, dir));
  }
  const dialogueEntries = Number(args['dialogue-entries']);
  log(`building and searching ${dialogueEntries.toLocaleString('en')} dialogue entries …`);
  const dialogue = dialogueEntries > 0 ? await measureDialogue(dialogueEntries, dir) : null;
  const perYear = Number(args['briefing-cases-per-year']);
  log(`building a municipality with ${perYear.toLocaleString('en')} cases a year and printing its briefing pack …`);
  const briefing = perYear > 0 ? await measureBriefing(dir, TODAY, perYear) : null;
  const previewPerYear = Number(args['preview-cases-per-year']);
  log(
    `building a municipality with ${previewPerYear.toLocaleString('en')} cases a year and previewing its briefing pack …`,
  );
  const preview = previewPerYear > 0 ? await measureBriefing(dir, TODAY, previewPerYear) : null;
  const importRows = Number(args['import-rows']);
  log(`importing a spreadsheet of ${importRows.toLocaleString('en')} cases …`);
  const imported = importRows > 0 ? await measureImport(dir, TODAY, importRows) : null;
  const officeUsers = Number(args['office-users']);
  log(`${officeUsers} people working in one register for ${args['office-seconds']} s …`);
  const office =
    officeUsers > 0
      ? await runOfficeLoad({
          dataDir: path.join(dir, 'office'),
          today: TODAY,
          users: officeUsers,
          seconds: Number(args['office-seconds']),
          cases: Number(args['office-cases']),
          packFormat: args['office-pack'] === 'pdf' ? 'pdf' : 'docx',
          host: args['office-host'] === 'browser' ? 'browser' : 'office',
        })
      : null;
  const callOffs = Number(args['call-offs']);
  log(`summing ${callOffs.toLocaleString('en')} call-offs against every framework's maximum …`);
  const frameworks = callOffs > 0 ? await measureFrameworkSpend(dir, TODAY, callOffs) : null;
  const small = results[0]!;
  const big = results.at(-1)!;
  const summary = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    sizes: results,
    list_first_page_handler_vs_raw: round(big.list_first_page_handler_ms / big.list_first_page_raw_ms, 2),
    list_deep_cursor_handler_vs_raw: round(big.list_deep_cursor_handler_ms / big.list_deep_cursor_raw_ms, 2),
    list_first_page_100k_vs_1k: round(big.list_first_page_handler_ms / small.list_first_page_handler_ms, 2),
    search_p95_ms_100k: big.search_p95_ms,
    dashboard_ms_100k: big.dashboard_ms,
    dialogue,
    dialogue_search_p95_ms_1m: dialogue?.search_p95_ms ?? null,
    briefing,
    /** The short pack (the default) at 5,000 cases a year; the full pack and its appendix (two files) beside it. */
    briefing_pdf_ms_5k: briefing?.short.pdf_ms ?? null,
    briefing_full_with_appendix_ms_5k: briefing?.full_with_appendix_ms ?? null,
    /** The composer's preview (the short pack) for a typical year of 500 cases. */
    preview,
    briefing_preview_ms_500: preview?.short.pdf_ms ?? null,
    import: imported,
    import_xlsx_10k_ms: imported?.import_ms ?? null,
    office,
    /** p95 over the office load test's requests a person waits on at the screen (all but file exports; `office.p95_ms_all` has them too); 30 users by default, `office.users` says how many ran. */
    office_p95_ms_30users: office?.p95_ms ?? null,
    /** Writes a user was told succeeded but the register does not hold afterwards (must be 0). */
    office_lost_writes: office?.lost_writes ?? null,
    office_p95_ms_by_method:
      office && Object.fromEntries(Object.entries(office.methods).map(([m, v]) => [m, v.p95_ms])),
    frameworks,
    /** Spend against the maximum for every framework (contracts.frameworkSpend, Frister's list) at 100,000 call-offs. */
    framework_spend_ms_100k: frameworks?.spend_ms ?? null,
  };
  if (args.json) console.log(JSON.stringify(summary));
  else {
    console.table(results);
    console.log(
      `handler vs raw, first page at ${big.cases}: ${summary.list_first_page_handler_vs_raw}× (target ≤ 1.5×)`,
    );
    console.log(`handler vs raw, deep cursor page at ${big.cases}: ${summary.list_deep_cursor_handler_vs_raw}×`);
    console.log(
      `first page, ${big.cases} vs ${small.cases} cases: ${summary.list_first_page_100k_vs_1k}× (target ≤ 2×)`,
    );
    console.log(`search p95 at ${big.cases}: ${summary.search_p95_ms_100k} ms (target ≤ 15 ms)`);
    console.log(
      `dashboard, all figures at ${big.cases}: ${summary.dashboard_ms_100k} ms (first call ${big.dashboard_first_ms} ms; target ≤ 150 ms)`,
    );
    if (dialogue) {
      console.table([dialogue]);
      console.log(`dialogue search p95 at ${dialogue.entries} entries: ${dialogue.search_p95_ms} ms (target ≤ 25 ms)`);
    }
    for (const b of [briefing, preview]) {
      if (!b) continue;
      console.table({ short: b.short, full: b.full, appendix: b.appendix });
      console.log(
        `briefing pack for a year with ${b.cases_in_year} cases (figures built cold in ${b.pack_build_ms} ms):`,
      );
      console.log(
        `  short (the default, ${b.short.pages} pages): ${b.short.pdf_ms} ms (first, with Chromium's start: ${b.short.first_ms} ms; target ≤ ${b === preview ? '2000 ms as a preview' : '3000 ms'})`,
      );
      console.log(
        `  full (${b.full.pages} pages) ${b.full.pdf_ms} ms + appendix (${b.appendix.pages} pages) ${b.appendix.pdf_ms} ms = ${b.full_with_appendix_ms} ms`,
      );
    }
    if (frameworks)
      console.log(
        `framework spend against the maximum, ${frameworks.frameworks} frameworks, ${frameworks.call_offs} call-offs: ${frameworks.spend_ms} ms (fastest ${frameworks.spend_min_ms} ms; the SQL sum alone ${frameworks.aggregate_raw_ms} ms; target < 50 ms)`,
      );
    if (imported)
      console.log(
        `spreadsheet import, ${imported.rows} rows (${imported.file_kb} kB .xlsx) read, checked and committed: ${imported.import_ms} ms (runs ${imported.runs_ms.join(', ')}; target ≤ 3000 ms)`,
      );
    if (office) {
      console.table(office.methods);
      console.log(
        `office: ${office.users} users for ${office.seconds} s, ${office.requests} requests (${office.requests_per_s}/s): p95 ${office.p95_ms} ms without file exports (target ≤ 100 ms), ${office.p95_ms_all} ms with them; load average ${office.load_average.join(' → ')}`,
      );
      console.log(
        `  5xx: ${office.server_errors} (must be 0); conflicts: ${office.conflicts} as 409, ${office.conflicts_not_409} otherwise (must be 0); lost writes: ${office.lost_writes} of ${office.acknowledged_writes} (must be 0)`,
      );
      if (office.server)
        console.log(
          `  the server: ${office.server.cpu_ms_per_request} ms CPU a request, ${Math.round(office.server.cpu_of_one_core * 100)} % of one core; its request thread late by p99 ${office.server.event_loop_p99_ms} ms (max ${office.server.event_loop_max_ms} ms)`,
        );
      if (Object.keys(office.unexpected).length) console.log('  unexpected answers:', office.unexpected);
      for (const l of office.lost) console.log(`  lost: ${l}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
