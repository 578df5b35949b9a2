// The office load test (issue 18): simulated users working at once against
// one server process over loopback, each with its own connections and
// session, doing what an office does all day: the case list, searches,
// opening a case, editing it with its version (a 409 when someone saved
// first: read again and save again), adding a dialogue activity, and now and
// then a briefing pack. Bounded in users, time and requests; loopback only.
//
// Afterwards the server is stopped and the register read again from its file:
// every write a user was told succeeded must be there (office_lost_writes).
//
// What differs between the hosts is how a user gets a session (`SignIn`) and
// which process serves (`startServer`); everything else is the same requests.
// The clients and servers are in officeServers.ts.
import os from 'node:os';
import { addDays, CaseFieldsSchema } from '../core/index.js';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';
import type { Service } from '../service/service.js';
import { mulberry32 } from '../service/demo/generate.js';
import { sleep, startServer, type Answer, type OfficeUser, type ServerStats, type Session } from './officeServers.js';
import { pct, round } from './stats.js';

// ---------------------------------------------------------------------------
// The office at work.

export interface LoadOptions {
  /** The data folder; a demo register of `cases` cases is made in it first. */
  dataDir: string;
  today: string;
  users: number;
  seconds: number;
  cases: number;
  /** Pause between a user's actions, ms (uniform in [min, max]): reading, typing, thinking. */
  thinkMs?: [number, number];
  /** Each user stops after this many actions, whatever the time (bounds the test). */
  maxActionsPerUser?: number;
  packFormat?: 'docx' | 'pdf';
  /** Which server: the office server (HTTPS, an account per user; the default), or the browser host, which reports its own figures. */
  host?: 'office' | 'browser';
  /** How many cases most edits go to (default 8): fewer, more conflicts. */
  hotCases?: number;
  /** Shares of the actions (per cent) instead of the office's usual mix. */
  mix?: Partial<Record<Action, number>>;
}

type Action = 'list' | 'search' | 'open' | 'edit' | 'dialogue' | 'pack';
/** What each action is, with its share of a user's actions (per cent). */
const MIX: readonly (readonly [Action, number])[] = [
  ['list', 24],
  ['search', 24],
  ['open', 26],
  ['edit', 14],
  ['dialogue', 10],
  ['pack', 2],
];

/** Prefixes people type while searching the demo register. */
const SEARCHES = ['skole', 'brøyt', 'renhold', 'sykehjem', 'vann', 'rammeavtale', 'digital', 'asfalt', 'kultur', 'lys'];
const LIST_QUERIES: Record<string, unknown>[] = [{}, { sort: 'title' }, { offset: 100 }, { sort: 'estimatedValue' }];
/** Cases everyone works on this week: most edits go to these, so two people save the same case now and then. */
const HOT_CASES = 8;
const FIELDS = Object.keys(CaseFieldsSchema.shape) as (keyof typeof CaseFieldsSchema.shape)[];
const MARK = /\n\[lasttest [^\]]*\]$/;

interface Edit {
  caseId: number;
  mark: string;
  version: number;
}
interface Addition {
  id: number;
  title: string;
}

export interface OfficeResult {
  users: number;
  seconds: number;
  cases: number;
  requests: number;
  requests_per_s: number;
  /** p95 over the requests a person waits on at the screen (everything but file exports), ms. */
  p95_ms: number;
  /** p95 over every request of the run, file exports included, ms. */
  p95_ms_all: number;
  /** The machine's load average (1 min) when the run started and ended: other work on it skews every figure. */
  load_average: [number, number];
  /** p50 and p95 per method, ms, with how many calls. */
  methods: Record<string, { n: number; p50_ms: number; p95_ms: number; max_ms: number }>;
  server_errors: number;
  conflicts: number;
  /** Conflicts said any other way than 409 `conflict` (must be 0). */
  conflicts_not_409: number;
  /** Any other refusal or transport failure, by what it was (should be empty). */
  unexpected: Record<string, number>;
  acknowledged_writes: number;
  lost_writes: number;
  lost: string[];
  /** The server's own figures over the run (null where it gives none). */
  server: {
    cpu_ms_per_request: number;
    /** Share of one core the server process used. */
    cpu_of_one_core: number;
    event_loop_p50_ms: number;
    event_loop_p99_ms: number;
    event_loop_max_ms: number;
  } | null;
}

class Recorder {
  times = new Map<string, number[]>();
  serverErrors = 0;
  conflicts = 0;
  conflictsNot409 = 0;
  unexpected = new Map<string, number>();
  record(label: string, a: Answer): void {
    const list = this.times.get(label) ?? [];
    list.push(a.ms);
    this.times.set(label, list);
    if (a.status >= 500) this.serverErrors++;
    const code = (a.body as { error?: { code?: string } }).error?.code;
    if (a.status === 409 && code === 'conflict') this.conflicts++;
    else if (code === 'conflict' || a.status === 409) this.conflictsNot409++;
    else if (a.status !== 200 && a.status < 500) this.miss(`${label} ${a.status} ${code ?? ''}`);
  }
  miss(what: string): void {
    this.unexpected.set(what, (this.unexpected.get(what) ?? 0) + 1);
  }
}

/** One person's working session until `until`: actions chosen by the mix, with pauses between them. */
async function work(
  s: Session,
  n: number,
  opts: Required<Pick<LoadOptions, 'thinkMs' | 'maxActionsPerUser' | 'packFormat' | 'today'>> &
    Pick<LoadOptions, 'mix'> & { until: number; hotCases: number },
  caseIds: number[],
  rec: Recorder,
  edits: Edit[],
  additions: Addition[],
): Promise<void> {
  const rnd = mulberry32(1000 + n);
  const pause = () => sleep(opts.thinkMs[0] + rnd() * (opts.thinkMs[1] - opts.thinkMs[0]));
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const rpc = async (label: string, method: string, input: unknown) => {
    const a = await s.post(`/rpc/${method}`, input);
    rec.record(label, a);
    return a;
  };
  const mix = MIX.map(([name, share]) => [name, opts.mix?.[name] ?? share] as const);
  const total = mix.reduce((a, [, share]) => a + share, 0);
  const action = (): Action => {
    let r = rnd() * total;
    for (const [name, share] of mix) if ((r -= share) < 0) return name;
    return 'list';
  };
  let writes = 0;
  // Users start over the first second, not all in the same millisecond.
  await sleep(rnd() * 1000);
  for (let i = 0; i < opts.maxActionsPerUser && Date.now() < opts.until; i++) {
    try {
      switch (action()) {
        case 'list':
          await rpc('cases.list', 'cases.list', pick(LIST_QUERIES));
          break;
        case 'search':
          await rpc('cases.list (search)', 'cases.list', { q: pick(SEARCHES) });
          break;
        case 'open':
          await rpc('cases.get', 'cases.get', { id: pick(caseIds) });
          break;
        case 'edit': {
          const id =
            rnd() < 0.7 ? caseIds[Math.floor(rnd() * Math.min(opts.hotCases, caseIds.length))]! : pick(caseIds);
          let got = await rpc('cases.get', 'cases.get', { id });
          // Reading the form and typing before saving.
          await pause();
          const mark = `u${n}-${++writes}`;
          for (let attempt = 0; attempt < 6 && got.status === 200; attempt++) {
            const detail = got.body as Record<string, unknown> & { description: string; version: number };
            const input: Record<string, unknown> = { id, version: detail.version };
            for (const f of FIELDS) input[f] = detail[f];
            input.description = `${detail.description.replace(MARK, '')}\n[lasttest ${mark}]`;
            const saved = await rpc('cases.update', 'cases.update', input);
            if (saved.status === 200) {
              edits.push({ caseId: id, mark, version: (saved.body as { version: number }).version });
              break;
            }
            if (saved.status !== 409) break;
            // Someone saved first: read their version and save again.
            got = await rpc('cases.get', 'cases.get', { id });
          }
          break;
        }
        case 'dialogue': {
          const title = `Leverandørmøte lasttest u${n}-${++writes}`;
          const a = await rpc('dialogues.create', 'dialogues.create', {
            caseId: pick(caseIds),
            form: 'en_til_en',
            date: addDays(opts.today, -Math.floor(rnd() * 30)),
            time: '10:00',
            title,
            minutes: 'Leverandøren presenterte løsningen; spørsmål om levering og pris.',
          });
          if (a.status === 200) additions.push({ id: (a.body as { id: number }).id, title });
          break;
        }
        case 'pack': {
          const year = Number(opts.today.slice(0, 4)) - 1;
          const a = await s.post('/export/briefing', {
            spec: {
              title: `Orientering om innkjøp ${year}`,
              organisation: 'Lasttest kommune',
              from: `${year}-01-01`,
              to: `${year}-12-31`,
              version: 'public',
            },
            format: opts.packFormat,
          });
          rec.record(`export briefing (${opts.packFormat})`, a);
          break;
        }
      }
    } catch (e) {
      rec.miss(`transport: ${(e as Error).message.slice(0, 120)}`);
    }
    await pause();
  }
}

/** Every acknowledged write, read again from the register's file after the server stopped: what is missing. */
export function missingWrites(service: Service, edits: Edit[], additions: Addition[]): string[] {
  const lost: string[] = [];
  const get = (method: string, input: unknown) => {
    const r = service.dispatch(method, input, 'nb');
    return r.ok ? r.value : null;
  };
  const byCase = new Map<number, Edit[]>();
  for (const e of edits) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  for (const [caseId, list] of byCase) {
    const current = get('cases.get', { id: caseId }) as { description: string; version: number } | null;
    const trail = (get('audit.forRecord', { entity: 'case', id: caseId }) ?? []) as {
      changes: { field: string; after: unknown }[];
    }[];
    const written = new Set(
      trail.flatMap((e) => e.changes.filter((c) => c.field === 'description').map((c) => String(c.after))),
    );
    // Two saves acknowledged with the same version: one overwrote the other unseen.
    const versions = new Set<number>();
    for (const e of list) {
      if (versions.has(e.version)) lost.push(`case ${caseId}: version ${e.version} acknowledged twice (${e.mark})`);
      versions.add(e.version);
      if (![...written].some((d) => d.endsWith(`[lasttest ${e.mark}]`)))
        lost.push(`case ${caseId}: edit ${e.mark} not in its audit trail`);
    }
    const last = list.reduce((a, b) => (b.version > a.version ? b : a));
    if (!current) lost.push(`case ${caseId}: gone`);
    else if (current.version < last.version || !current.description.endsWith(`[lasttest ${last.mark}]`))
      lost.push(
        `case ${caseId}: last edit ${last.mark} (version ${last.version}) not what is stored (version ${current.version})`,
      );
  }
  for (const a of additions) {
    const d = get('dialogues.get', { id: a.id }) as { title: string } | null;
    if (d?.title !== a.title) lost.push(`dialogue ${a.id}: ${a.title} not stored`);
  }
  return lost;
}

/**
 * Makes a demo register in `dataDir`, starts the server on it, lets
 * `users` people work for `seconds`, stops the server and checks the
 * register. Figures are per method and over all requests.
 */
export async function runOfficeLoad(o: LoadOptions): Promise<OfficeResult> {
  const setup = openService(o.dataDir, { migrationsDir }, { today: () => o.today });
  let caseIds: number[];
  try {
    const seeded = setup.dispatch('demo.seed', { cases: o.cases }, 'nb');
    if (!seeded.ok) throw new Error(JSON.stringify(seeded.body));
    caseIds = (setup.database.sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
  } finally {
    setup.database.close();
  }
  const people: OfficeUser[] = Array.from({ length: o.users }, (_, i) => ({
    username: `bruker${i + 1}`,
    name: `Bruker ${i + 1}`,
    password: `lasttest-passord-${i + 1}`,
  }));
  const target = await startServer(o.dataDir, o.today, people, o.host);
  const rec = new Recorder();
  const edits: Edit[] = [];
  const additions: Addition[] = [];
  let elapsed: number;
  let loadBefore: number;
  let stats: ServerStats | null;
  try {
    const sessions = await Promise.all(people.map((p) => target.signIn(p)));
    loadBefore = os.loadavg()[0]!;
    target.begin();
    const started = Date.now();
    const opts = {
      until: started + o.seconds * 1000,
      thinkMs: o.thinkMs ?? [200, 2000],
      maxActionsPerUser: o.maxActionsPerUser ?? Math.ceil(o.seconds * 10),
      packFormat: o.packFormat ?? 'docx',
      mix: o.mix,
      hotCases: o.hotCases ?? HOT_CASES,
      today: o.today,
    };
    await Promise.all(sessions.map((s, n) => work(s, n + 1, opts, caseIds, rec, edits, additions)));
    elapsed = (Date.now() - started) / 1000;
    for (const s of sessions) s.close();
  } finally {
    stats = await target.close();
  }
  // The register as the server left it, from its file.
  const check = openService(o.dataDir, { migrationsDir }, { today: () => o.today });
  let lost: string[];
  try {
    lost = missingWrites(check, edits, additions);
  } finally {
    check.database.close();
  }
  const all = [...rec.times.values()].flat().sort((a, b) => a - b);
  const interactive = [...rec.times]
    .filter(([label]) => !label.startsWith('export'))
    .flatMap(([, t]) => t)
    .sort((a, b) => a - b);
  const methods: OfficeResult['methods'] = {};
  for (const [label, times] of [...rec.times].sort(([a], [b]) => a.localeCompare(b))) {
    times.sort((a, b) => a - b);
    methods[label] = {
      n: times.length,
      p50_ms: round(pct(times, 50), 1),
      p95_ms: round(pct(times, 95), 1),
      max_ms: round(times.at(-1)!, 1),
    };
  }
  return {
    users: o.users,
    seconds: o.seconds,
    cases: caseIds.length,
    requests: all.length,
    requests_per_s: round(all.length / elapsed, 1),
    p95_ms: round(pct(interactive, 95), 1),
    p95_ms_all: round(pct(all, 95), 1),
    load_average: [round(loadBefore, 1), round(os.loadavg()[0]!, 1)],
    methods,
    server_errors: rec.serverErrors,
    conflicts: rec.conflicts,
    conflicts_not_409: rec.conflictsNot409,
    unexpected: Object.fromEntries(rec.unexpected),
    acknowledged_writes: edits.length + additions.length,
    lost_writes: lost.length,
    lost: lost.slice(0, 20),
    server: stats && {
      cpu_ms_per_request: round(stats.cpu_ms / all.length, 2),
      cpu_of_one_core: round(stats.cpu_ms / stats.wall_ms, 2),
      event_loop_p50_ms: round(stats.event_loop_p50_ms, 1),
      event_loop_p99_ms: round(stats.event_loop_p99_ms, 1),
      event_loop_max_ms: round(stats.event_loop_max_ms, 1),
    },
  };
}
