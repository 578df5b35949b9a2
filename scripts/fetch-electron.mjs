// Runs after `npm install`. Electron's own install script (which downloads the
// runtime binary) is denied in package.json "allowScripts", because a failed
// download would fail the whole install on machines without internet access.
// Here we try the same download ourselves and, if it fails, say so in one line
// and carry on: everything except the desktop shell works without the runtime.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let electronDir;
try {
  electronDir = path.dirname(require.resolve('electron/package.json'));
} catch {
  process.exit(0); // electron not installed (e.g. a production install): nothing to do
}
const installed = () => existsSync(path.join(electronDir, 'path.txt'));
if (installed() || process.env.ANSKAFF_SKIP_ELECTRON_DOWNLOAD) process.exit(0);

const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
  stdio: 'pipe',
  timeout: 120_000,
});
if (result.status === 0 && installed()) {
  console.log('anskaff: Electron runtime downloaded; `npm start` opens the desktop app.');
} else {
  console.log(
    'anskaff: the Electron runtime could not be downloaded (no network access?); ' +
      '`npm start` will serve the app in your browser instead. Install continues.',
  );
}
