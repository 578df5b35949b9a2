// Converts the CPV 2008 vocabulary from ../shared/data/cpv/cpv2008.csv into
// core/data/cpv2008.json, the form the app ships (JSON imports work the same
// under tsx, esbuild and Vite). Run again only if the source changes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(path.join(root, '..', 'shared', 'data', 'cpv', 'cpv2008.csv'), 'utf8');

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
for (const r of rows) if (!/^\d{8}$/.test(r[0]) || !/^\d$/.test(r[1]) || !r[2] || !r[3]) throw new Error(`bad row ${r}`);
const out = { source: 'CPV 2008 (Regulation (EC) No 213/2008), main vocabulary; see cpv2008.SOURCE.md', columns: ['code', 'check', 'en', 'nb'], rows };
writeFileSync(path.join(root, 'core', 'data', 'cpv2008.json'), JSON.stringify(out) + '\n');
console.log(`cpv2008.json: ${rows.length} codes`);
