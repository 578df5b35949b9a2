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
    expect(
      await rulesBroken(
        'service/backup/fine.ts',
        "import type Database from 'better-sqlite3';\nimport { openSqlite } from '../../db/sqlite.js';\nexport const db: Database.Database = openSqlite('x.sqlite');\n",
      ),
    ).toEqual([]);
  });

  it('refuses an import against the layers', async () => {
    expect(
      (
        await rulesBroken(
          'core/rules/sneaky.ts',
          "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        )
      ).join(),
    ).toContain('no-restricted-imports');
    expect(
      (
        await rulesBroken(
          'renderer/src/sneaky.ts',
          "import { openDatabase } from '../../db/open.js';\nexport const x = openDatabase;\n",
        )
      ).join(),
    ).toContain('no-restricted-imports');
    expect(
      (
        await rulesBroken(
          'db/sneaky.ts',
          "import { createService } from '../service/service.js';\nexport const x = createService;\n",
        )
      ).join(),
    ).toContain('no-restricted-imports');
  });

  it('refuses an import against the service’s own layers: handlers below the facade, the facade below file makers and hosts', async () => {
    const handlerToFacade = await rulesBroken(
      'service/handlers/sneaky.ts',
      "import type { Service } from '../service.js';\nexport type S = Service;\n",
    );
    expect(handlerToFacade.join()).toContain('import-x/no-restricted-paths');
    const readToHandler = await rulesBroken(
      'service/reads/sneaky.ts',
      "import { caseDetail } from '../handlers/cases.js';\nexport const x = caseDetail;\n",
    );
    expect(readToHandler.join()).toContain('import-x/no-restricted-paths');
    const facadeToHost = await rulesBroken(
      'service/service.ts',
      "import { fileExporter } from './exporter.js';\nexport const x = fileExporter;\n",
    );
    expect(facadeToHost.join()).toContain('import-x/no-restricted-paths');
    // A file maker may call the service: that is what it is for.
    expect(
      await rulesBroken(
        'service/protocolExport.ts',
        "import type { Service } from './service.js';\nexport type S = Service;\n",
      ),
    ).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // cases.ts imports fieldError.ts: fieldError.ts importing cases.ts back closes a ring.
    const broken = await rulesBroken(
      'service/handlers/fieldError.ts',
      "import { caseDetail } from './cases.js';\nexport const x = caseDetail;\n",
    );
    expect(broken.join()).toContain('import-x/no-cycle');
  });

  it("refuses a handler calling another method's handler", async () => {
    const broken = await rulesBroken(
      'service/handlers/sneaky.ts',
      "import { caseMethods } from './cases.js';\nexport const x = caseMethods['cases.get'].run;\n",
    );
    expect(broken.join()).toContain('no-restricted-syntax');
  });

  it('refuses a word chosen by comparing the locale with a literal, in any layer', async () => {
    const ternary = "export const save = (locale: string) => (locale === 'nb' ? 'Lagre' : 'Save');\n";
    const mirrored = "export const save = (locale: string) => ('en' !== locale ? 'Lagre' : 'Save');\n";
    const ifElse =
      "export function save(locale: string) {\n  if (locale === 'nn') return 'Lagre';\n  return 'Save';\n}\n";
    const switched =
      "export function save(locale: string) {\n  switch (locale) {\n    case 'en':\n      return 'Save';\n    default:\n      return 'Lagre';\n  }\n}\n";
    for (const [file, code] of [
      ['core/sneaky.ts', ternary],
      ['service/sneaky.ts', mirrored],
      ['renderer/src/sneaky.tsx', ifElse],
      ['electron/sneaky.ts', switched],
      ['db/sqlite.ts', ternary],
    ]) {
      expect(
        (await rulesBroken(file!, code!)).filter((m) => m.startsWith('no-restricted-syntax')),
        file,
      ).toHaveLength(1);
    }
    // Which language is chosen may still be compared (the language switch's pressed button), and a Record<Locale, …> is the way to vary by language.
    const fine =
      "import { locales, type Locale } from './i18n/locale.js';\nconst tag: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };\nexport const pressed = (l: Locale, current: Locale) => (l === current ? tag[l] : locales[0]);\n";
    expect(await rulesBroken('core/fine.ts', fine)).toEqual([]);
  });
});
