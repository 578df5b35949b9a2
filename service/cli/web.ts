// `npm run web -- --port N --data-dir DIR [--token T] [--no-open]`: the app in
// the browser, served on 127.0.0.1 to whoever holds this start's secret.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileExporter } from '../exporter.js';
import { ChromiumPrinter } from '../print/chromium.js';
import { resolveDataDir } from '../dataDir.js';
import { HostNotLoopback, isLoopback, startHttpHost, type HttpHost } from '../http/server.js';
import { rendererDist } from '../repoPaths.js';
import { BadToken, TOKEN_PATTERN } from '../http/sessions.js';
import { cliArgs } from './args.js';
import { canOpenBrowser, openBrowser } from './openBrowser.js';
import { openServiceForApp } from '../openData.js';
import { migrationsDir } from '../repoPaths.js';
import { backupIfFirstToday, backupOnQuit } from '../backup/methods.js';

const args = cliArgs({
  port: { type: 'string', default: '5178' },
  'data-dir': { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  // npm start passes this: another program on the port should not stop the app.
  'try-next-ports': { type: 'boolean', default: false },
  // This start's secret for scripts (else ANSKAFF_WEB_TOKEN, else a random one). The environment keeps it off the process list.
  token: { type: 'string' },
  // Print the address only; by default a browser is opened where there is one (a person at a desktop).
  'no-open': { type: 'boolean', default: false },
});
const token = args.token ?? process.env.ANSKAFF_WEB_TOKEN;
if (token !== undefined && !TOKEN_PATTERN.test(token)) {
  console.error(`anskaff: ${new BadToken().message}`);
  process.exit(2);
}
// Refused before anything is opened: the register is never served to the network.
if (!isLoopback(args.host)) {
  console.error(`anskaff: ${new HostNotLoopback(args.host).message}`);
  process.exit(2);
}
const dataDir = resolveDataDir(args['data-dir']);
// Opens even a register that cannot be used, so the page can say why and offer a backup.
const service = openServiceForApp(dataDir, { migrationsDir });
const backups = service.backups!;
const status = service.dispatch('system.status', {}, 'nb');
if (status.ok && (status.value as { problem: string | null }).problem)
  console.error(`anskaff: ${(status.value as { problem: string }).problem}`);
else if (service.database.backupFile)
  console.log(`anskaff: database upgraded; the copy from before is ${service.database.backupFile}`);
void backupIfFirstToday(backups).catch((e: unknown) => console.error('anskaff: daily backup failed', e));
if (!existsSync(rendererDist))
  console.warn('anskaff: the app is not built; run `npm run build:renderer` first (npm start does this).');

// Prints reports (briefing packs) with headless Chromium; started on the first print.
const printer = new ChromiumPrinter();

async function listen(port: number, triesLeft: number): Promise<HttpHost> {
  try {
    return await startHttpHost({
      service: service!,
      staticDir: rendererDist,
      port,
      host: args.host,
      token,
      exporter: fileExporter(service!, printer, os.userInfo().username),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    if (triesLeft > 0) return listen(port + 1, triesLeft - 1);
    console.error(
      `anskaff: port ${port} er i bruk. Velg en annen med --port. (Port ${port} is in use; choose another with --port.)`,
    );
    process.exit(3);
  }
}
const host = await listen(Number(args.port), args['try-next-ports'] ? 9 : 0);
// The address carries this start's secret: it is for the user at this terminal, who opens it (again) in a browser.
console.log(`Anskaff kjører på ${host.openUrl}  (data: ${dataDir})`);
console.log(
  'anskaff: adressen gir tilgang til registeret; ikke del den. (The address gives access to the register; do not share it.)',
);
if (!args['no-open'] && canOpenBrowser()) openBrowser(host.oneTimeUrl('/'));

const stop = () => {
  void Promise.all([host.close(), printer.close()])
    .then(() => backupOnQuit(backups))
    .catch((e: unknown) => console.error('anskaff: backup on quit failed', e))
    .finally(() => {
      backups.live()?.close();
      process.exit(0);
    });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
