import ExcelJS from 'exceljs';
import path from 'node:path';
import { kindDefs, procedureDefs, themeDefs } from '../core/index.js';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';
import { median, round } from './stats.js';

/**
 * A spreadsheet of 10,000 cases as an office keeps one (Norwegian headings,
 * amounts, dates as date cells, labels not codes) imported into an empty
 * register: from the .xlsx bytes to the committed rows. Five runs, each
 * into a fresh data folder; the median is reported.
 */
export async function measureImport(dir: string, today: string, rows = 10_000) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Saker');
  ws.addRow([
    'Saksnr.',
    'Tittel',
    'Beskrivelse',
    'Avdeling',
    'Innkjøper',
    'Estimert verdi',
    'Type',
    'Prosedyre',
    'Tema',
    'Registrert',
    'CPV',
  ]);
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      `2025/${i + 1}`,
      `Anskaffelse av utstyr nummer ${i + 1}`,
      'Rammeavtale med opsjon på forlengelse',
      ['Helse og omsorg', 'Oppvekst', 'Eiendom', 'Teknisk drift'][i % 4],
      ['Kari Nordmann', 'Ola Hansen', 'Nina Holm'][i % 3],
      50_000 + i * 37,
      kindDefs[i % kindDefs.length]!.nb,
      procedureDefs[i % procedureDefs.length]!.nb,
      themeDefs[i % themeDefs.length]!.nb,
      new Date(Date.UTC(2025, 0, 1 + (i % 300))),
      '34136000-9',
    ]);
  }
  const data = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const service = openService(path.join(dir, `import-${run}`), { migrationsDir }, { today: () => today });
    const t0 = performance.now();
    const r = await service.call('import.commit', { target: 'cases', fileName: 'saker.xlsx', data }, 'nb');
    runs.push(performance.now() - t0);
    if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.body)}`);
    service.database.close();
  }
  return {
    rows,
    file_kb: round((data.length * 3) / 4 / 1024, 0),
    import_ms: round(median([...runs].sort((a, b) => a - b)), 0),
    runs_ms: runs.map((r) => round(r, 0)),
  };
}
