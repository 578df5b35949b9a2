import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../service/repoPaths.js';

// The rules that keep the structure: a wrong import or a second way to open
// SQLite fails `npm run lint`, before review.
const eslint = new ESLint({ cwd: repoRoot });
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return r!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint', () => {
  it('refuses SQLite opened anywhere but db/sqlite.ts', async () => {
    const code = "import Database from 'better-sqlite3';\nexport const db = new Database('x.sqlite');\n";
    const broken = await rulesBroken('service/backup/sneaky.ts', code);
    expect(broken.filter((m) => m.startsWith('no-restricted-syntax'))).toHaveLength(2);
    expect(await rulesBroken('service/backup/fine.ts', "import type Database from 'better-sqlite3';\nimport { openSqlite } from '../../db/sqlite.js';\nexport const db: Database.Database = openSqlite('x.sqlite');\n")).toEqual([]);
  });

  it('refuses an import against the layers', async () => {
    expect((await rulesBroken('core/rules/sneaky.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).join()).toContain('no-restricted-imports');
    expect((await rulesBroken('renderer/src/sneaky.ts', "import { openDatabase } from '../../db/open.js';\nexport const x = openDatabase;\n")).join()).toContain('no-restricted-imports');
    expect((await rulesBroken('db/sneaky.ts', "import { createService } from '../service/service.js';\nexport const x = createService;\n")).join()).toContain('no-restricted-imports');
  });
});
