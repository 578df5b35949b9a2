// `npm start`: the desktop app where the Electron runtime is installed;
// otherwise says why and serves the same app in the browser on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => {
  const r = spawnSync(npm, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    if (!existsSync(path.join(dir, 'path.txt')))
      return { why: 'the Electron runtime was not downloaded when you ran npm install (no network access?)' };
    const bin = require('electron'); // the path to the runtime binary
    return existsSync(bin) ? { bin } : { why: `the Electron runtime is missing at ${bin}` };
  } catch (e) {
    return { why: `Electron is not installed (${e.message})` };
  }
}

const e = process.env.ANSKAFF_BROWSER ? { why: 'ANSKAFF_BROWSER is set' } : electronBinary();
if (e.bin) {
  run(['run', 'build']);
  const native = path.join('build', 'native', 'electron', 'better_sqlite3.node');
  if (!existsSync(native)) spawnSync(process.execPath, ['scripts/native-electron.mjs'], { stdio: 'inherit' });
  if (existsSync(native)) {
    const child = spawn(e.bin, ['.'], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    e.why = 'the database driver could not be built for Electron (see above)';
    delete e.bin;
  }
}
if (!e.bin) {
  console.log(`anskaff: not starting the desktop app: ${e.why}.`);
  console.log('anskaff: serving the same app in your browser instead.');
  run(['run', 'build:renderer', '--silent', '--', '--logLevel', 'warn']);
  const child = spawn(npm, ['run', 'web', '--silent', '--', '--port', process.env.PORT ?? '5178', '--try-next-ports'], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
