// The server the office load test runs against, in a process of its own as
// a server is: the browser host (bearer token) over a data folder, with the
// same exporter the app uses. Prints one JSON line `{ url, token }` once it
// listens; closes the host and the register on SIGTERM.
//   node --import tsx bench/officeHost.ts --data-dir D [--today YYYY-MM-DD]
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { docxInThread } from '../service/briefing/docxThread.js';
import { fileExporter } from '../service/exporter.js';
import { startHttpHost } from '../service/http/server.js';
import { openService } from '../service/openData.js';
import { ChromiumPrinter } from '../service/print/chromium.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';

const { values: args } = parseArgs({
  options: { 'data-dir': { type: 'string' }, today: { type: 'string' } },
});
if (!args['data-dir']) throw new Error('--data-dir is required');
const today = args.today;
const service = openService(args['data-dir'], { migrationsDir }, today ? { today: () => today } : {});
// Chromium starts only if a PDF is asked for; Word packs are written in a thread of their own, as a server should
// (ANSKAFF_LOAD_DOCX_INLINE=1: on the request thread, to compare).
const printer = new ChromiumPrinter();
const docx = process.env.ANSKAFF_LOAD_DOCX_INLINE ? undefined : docxInThread();
await docx?.ready();
const host = await startHttpHost({
  service,
  staticDir: rendererDist,
  exporter: fileExporter(service, printer, 'lasttest', { docx }),
});
process.stdout.write(`${JSON.stringify({ url: host.url, token: host.token })}\n`);

// Its own figures from the line `begin` on stdin (the load starts) to SIGTERM: CPU of every thread, and how late
// the request thread ran its timers (what a request waits behind whatever holds the thread).
const loop = monitorEventLoopDelay({ resolution: 5 });
let cpu0 = process.cpuUsage();
let t0 = performance.now();
process.stdin.on('data', () => {
  loop.reset();
  loop.enable();
  cpu0 = process.cpuUsage();
  t0 = performance.now();
});

process.on('SIGTERM', () => {
  const cpu = process.cpuUsage(cpu0);
  const ms = (ns: number) => ns / 1e6;
  const stats = {
    cpu_ms: (cpu.user + cpu.system) / 1000,
    wall_ms: performance.now() - t0,
    event_loop_p50_ms: ms(loop.percentile(50)),
    event_loop_p99_ms: ms(loop.percentile(99)),
    event_loop_max_ms: ms(loop.max),
  };
  process.stdout.write(`${JSON.stringify({ stats })}\n`);
  void Promise.all([host.close(), printer.close(), docx?.close()]).finally(() => {
    service.database.close();
    process.exit(0);
  });
});
