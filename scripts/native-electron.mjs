// Builds better-sqlite3 for Electron's ABI into build/native/electron/, beside
// the Node build in node_modules (which tests, the CLI and browser mode use).
// The desktop shell loads it through better-sqlite3's `nativeBinding` option,
// so neither build ever overwrites the other. Needs Electron's headers, which
// node-gyp downloads: where there is no network this says so and stops.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const src = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(path.join(os.tmpdir(), 'anskaff-native-'));
const out = path.join('build', 'native', 'electron');

cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
const r = spawnSync(
  process.execPath,
  [
    gyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: work, stdio: 'inherit' },
);
if (r.status !== 0) {
  console.error(
    `anskaff: could not build better-sqlite3 for Electron ${electronVersion} (Electron's headers need a network connection).`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
mkdirSync(out, { recursive: true });
cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), path.join(out, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`anskaff: better-sqlite3 built for Electron ${electronVersion} in ${out}`);
