// Runs electronegativity over the desktop shell's sources, offline, and fails
// on any finding of medium severity or higher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

// Checks we have reviewed and exclude (by class name, as -x wants), each with its reason:
const excluded = {
  // Fires for any preload. Ours (electron/preload.ts) exposes only one function
  // per contract method, each an ipcRenderer.invoke on its own channel (and one
  // listener to the office server's changes, given the message only); no
  // ipcRenderer, Node or Electron object reaches the page, and main validates
  // every input with the contract's schema after checking the sender.
  PreloadJSCheck: 'PRELOAD_JS_CHECK reviewed: electron/preload.ts exposes only the contract methods',
  // Fires for any shell.openExternal. Ours runs only from the window-open
  // handler, after electron/security.ts externalUrl() has parsed the URL and
  // allowed http: and https: alone (test/electron/security.test.ts).
  OpenExternalJSCheck: 'OPEN_EXTERNAL_JS_CHECK reviewed: only parsed http(s) URLs reach openExternal',
};

const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'anskaff-eneg-')), 'report.csv');
const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const r = spawnSync(
  process.execPath,
  [bin, '-i', 'electron', '-e', electronVersion, '-x', Object.keys(excluded).join(','), '-r', '-v', 'false', '-o', out],
  {
    encoding: 'utf8',
  },
);
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean);
const serious = rows.filter((row) => /"(MEDIUM|HIGH|CRITICAL)"/.test(row));
for (const row of rows) console.log(`  ${row}`);
console.log(
  `electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${serious.length} of medium severity or higher; excluded after review: ${Object.keys(excluded).join(', ')}`,
);
if (serious.length) process.exit(1);
