// Converts the CPV 2008 vocabulary from core/data/cpv/cpv2008.csv (its
// sources and licences in SOURCE.md beside it) into core/data/cpv/cpv2008.json,
// the form the app ships (JSON imports work the same under tsx, esbuild and
// Vite). Run again only if the source changes; `--check` only compares, and
// fails if the JSON is not what the CSV gives (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'core', 'data', 'cpv');
const text = readFileSync(path.join(dir, 'cpv2008.csv'), 'utf8');

// RFC 4180: fields may be quoted, quotes doubled inside.
function parse(src) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const [head, ...rows] = parse(text);
if (head.join(',') !== 'code,check,label_en,label_nb') throw new Error(`unexpected header ${head}`);
for (const r of rows)
  if (!/^\d{8}$/.test(r[0]) || !/^\d$/.test(r[1]) || !r[2] || !r[3]) throw new Error(`bad row ${r}`);
const out = {
  source: 'CPV 2008 (Regulation (EC) No 213/2008), main vocabulary; see SOURCE.md',
  columns: ['code', 'check', 'en', 'nb'],
  rows,
};
const json = JSON.stringify(out) + '\n';
const target = path.join(dir, 'cpv2008.json');
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error('cpv2008.json differs from what cpv2008.csv gives: run node scripts/import-cpv.mjs');
    process.exit(1);
  }
  console.log(`cpv2008.json matches cpv2008.csv (${rows.length} codes)`);
} else {
  writeFileSync(target, json);
  console.log(`cpv2008.json: ${rows.length} codes`);
}
