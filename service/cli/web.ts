// `npm run web -- --port N --data-dir DIR`: the app in the browser, served on 127.0.0.1.
import { existsSync } from 'node:fs';
import { resolveDataDir } from '../dataDir.js';
import { startHttpHost } from '../http/server.js';
import { openService } from '../openData.js';
import { migrationsDir, rendererDist } from '../repoPaths.js';
import { cliArgs, exitOnOpenError } from './args.js';

const args = cliArgs({ port: { type: 'string', default: '5178' }, 'data-dir': { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } });
const dataDir = resolveDataDir(args['data-dir']);
let service;
try {
  service = openService(dataDir, { migrationsDir });
} catch (e) {
  exitOnOpenError(e);
}
if (service.database.backupFile) console.log(`anskaff: database upgraded; the copy from before is ${service.database.backupFile}`);
if (!existsSync(rendererDist)) console.warn('anskaff: the app is not built; run `npm run build:renderer` first (npm start does this).');

const host = await startHttpHost({ service, staticDir: rendererDist, port: Number(args.port), host: args.host });
console.log(`Anskaff kjører på ${host.url}  (data: ${dataDir})`);

const stop = () => {
  void host.close().then(() => {
    service.database.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
