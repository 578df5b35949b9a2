// `npm run briefing -- --data-dir DIR --from 2026-01-01 --to 2026-12-31 --version public|closed --out pack.pdf [--format docx] [--length short|full] [--part pack|appendix]`
// A leadership briefing pack from the command line, printed by the same
// route and Chromium as in the app, and recorded among the packs made.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { briefingSections, localeOr, rw } from '../../core/index.js';
import { exportBriefing } from '../briefing/export.js';
import { resolveDataDir } from '../dataDir.js';
import { startHttpHost } from '../http/server.js';
import { ChromiumPrinter } from '../print/chromium.js';
import { rendererDist } from '../repoPaths.js';
import { cliArgs, openServiceOrExit } from './args.js';

const args = cliArgs({
  'data-dir': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  version: { type: 'string', default: 'public' },
  out: { type: 'string' },
  format: { type: 'string' },
  title: { type: 'string' },
  organisation: { type: 'string', default: '' },
  meeting: { type: 'string', default: '' },
  'meeting-date': { type: 'string' },
  sections: { type: 'string', default: briefingSections.join(',') },
  /** short (the default) or full. */
  length: { type: 'string', default: 'short' },
  /** pack, or appendix: every case of the period as a file of its own. */
  part: { type: 'string', default: 'pack' },
  lang: { type: 'string', default: 'nb' },
  today: { type: 'string' },
});
const fail = (nb: string, en: string): never => {
  console.error(`anskaff: ${nb}\n         (${en})`);
  process.exit(1);
};
if (!args.from || !args.to || !args.out)
  fail('--from, --to og --out må oppgis.', '--from, --to and --out are required.');
const locale = localeOr(args.lang);
const format = (args.format ?? (args.out!.toLowerCase().endsWith('.docx') ? 'docx' : 'pdf')) as 'pdf' | 'docx';
if (format !== 'pdf' && format !== 'docx') fail('--format må være pdf eller docx.', '--format must be pdf or docx.');

const dataDir = resolveDataDir(args['data-dir']);
const service = openServiceOrExit(dataDir, args.today ? { today: () => args.today! } : {});
if (format === 'pdf' && !existsSync(path.join(rendererDist, 'index.html'))) {
  console.log('anskaff: bygger appen for utskrift … (building the app for printing)');
  execSync('npm run build:renderer', { stdio: 'inherit' });
}

const spec = {
  title: args.title ?? rw('defaultTitle', locale),
  organisation: args.organisation,
  from: args.from,
  to: args.to,
  meeting: args.meeting,
  meetingDate: args['meeting-date'] ?? null,
  version: args.version,
  sections: args.sections
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  length: args.length,
};
const part = args.part === 'appendix' ? 'appendix' : 'pack';
const started = performance.now();
const printer = new ChromiumPrinter();
const host = await startHttpHost({ service, staticDir: rendererDist });
try {
  // The host is this command's own; its one-time address gives the printer's page a session.
  const r = await exportBriefing(
    { service, printer, appUrl: host.oneTimeUrl('/') },
    { spec, format, record: part === 'pack', by: os.userInfo().username, part },
    locale,
  );
  if (!r.ok) {
    console.error(`anskaff: ${r.body.error.message}`);
    for (const i of r.body.error.issues ?? []) console.error(`  ${i.path}: ${i.message}`);
    process.exitCode = 1;
  } else {
    writeFileSync(args.out!, r.bytes);
    const pages = r.pages === null ? '' : `, ${r.pages} sider`;
    console.log(
      `anskaff: ${args.out} skrevet (${Math.round(r.bytes.byteLength / 1024)} kB${pages}) på ${Math.round(performance.now() - started)} ms, og registrert.`,
    );
  }
} finally {
  await printer.close();
  await host.close();
  service.database.close();
}
