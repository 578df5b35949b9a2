import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

/** A spreadsheet as an office keeps one: its own headings, amounts with "kr", dates typed in, labels not codes. */
async function sampleXlsx(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Saksliste 2026');
  ws.addRow([
    'Saksnr.',
    'Tittel',
    'Enhet',
    'Saksbehandler',
    'Anslått verdi',
    'Type',
    'Konkurranseform',
    'Tema',
    'Registrert',
  ]);
  for (const r of rows) ws.addRow(r);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'anskaff-xlsx-')), 'saksliste.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const good = [
  [
    '2026/8801',
    'Arbeidstøy til driftsavdelingen',
    'Teknisk drift',
    'Kari Nordmann',
    '850 000 kr',
    'Varer',
    'Åpen tilbudskonkurranse',
    'Klima og miljø',
    '02.03.2026',
  ],
  [
    '2026/8802',
    'Skyss til svømmeopplæring',
    'Oppvekst',
    'Ola Hansen',
    '1 200 000',
    'Tjenester',
    'Direkte anskaffelse',
    '',
    '15.04.2026',
  ],
  [
    '2026/8803',
    'Oppgradering av ventilasjon, Nordby skole',
    'Eiendom',
    'Nina Holm',
    '4,5 mill.',
    'Bygg og anlegg',
    'Åpen anbudskonkurranse',
    'Bærekraft; Innovasjon',
    '2026-05-20',
  ],
];

test('a spreadsheet with a bad row imports nothing and says why; corrected, every row goes in', async ({ page }) => {
  await page.goto('/#/data');
  await expect(page.getByRole('heading', { name: 'Importer fra regneark' })).toBeVisible();

  const bad = await sampleXlsx([
    ...good,
    ['2026/8804', 'Kontorrekvisita', 'Rådmannens stab', 'Kari Nordmann', 'ca. 200 000', 'Varer', '', '', '31.02.2026'],
  ]);
  await page.getByLabel('Regneark', { exact: true }).setInputFiles(bad);
  await expect(page.getByText('4 rader: 3 klare, 1 med feil, 0 duplikater.')).toBeVisible();
  const problems = page.getByTestId('import-problems');
  await expect(
    problems.getByRole('row', { name: /5 Anslått verdi \(kr ekskl\. mva\.\) «ca\. 200 000» er ikke et beløp/ }),
  ).toBeVisible();
  await expect(
    problems.getByRole('row', { name: /5 Behovet registrert «31\.02\.2026» er ikke en dato/ }),
  ).toBeVisible();
  // The guessed columns are shown for checking.
  await expect(page.getByLabel('Anslått verdi (kr ekskl. mva.) *')).toHaveValue('4');
  await expect(page.getByRole('button', { name: 'Importer 3 rader' })).toBeDisabled();
  await expectAccessible(page, 'import with problems');
  await shot(page, 'data-import-problems');
  const none = await page.request.post('/rpc/cases.list', { data: { q: '2026/8801' } });
  expect(((await none.json()) as { total: number }).total).toBe(0);

  const fixed = await sampleXlsx([
    ...good,
    ['2026/8804', 'Kontorrekvisita', 'Rådmannens stab', 'Kari Nordmann', '200 000', 'Varer', '', '', '28.02.2026'],
  ]);
  await page.getByLabel('Regneark', { exact: true }).setInputFiles(fixed);
  await expect(page.getByText('4 rader: 4 klare, 0 med feil, 0 duplikater.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 4 rader' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'importert' })).toContainText(
    '4 saker er importert fra saksliste.xlsx.',
  );
  await shot(page, 'data-import-done');

  const found = await page.request.post('/rpc/cases.list', { data: { q: '2026/8803' } });
  const item = ((await found.json()) as { items: { id: number; estimatedValue: number; title: string }[] }).items[0]!;
  expect(item).toMatchObject({ estimatedValue: 4_500_000, title: 'Oppgradering av ventilasjon, Nordby skole' });
  await page.goto(`/#/cases/${item.id}`);
  await expect(page.getByText('Bygg og anlegg').first()).toBeVisible();

  // The same file again: every row is a duplicate, reported and never merged.
  await page.goto('/#/data');
  await page.getByLabel('Regneark', { exact: true }).setInputFiles(fixed);
  await expect(page.getByText('4 rader: 0 klare, 0 med feil, 4 duplikater.')).toBeVisible();
  await expect(
    page.getByTestId('import-duplicates').getByRole('row', { name: /2026\/8801 finnes allerede i registeret/ }),
  ).toBeVisible();
});
