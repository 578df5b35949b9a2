import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, formatDate, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// Running cases brought in from the office's spreadsheet with their status:
// the phase and the dates of the phases become each case's timeline; the
// columns not read are named; the valid rows go in and the invalid ones are
// left out, listed, and downloaded as a spreadsheet to correct.

freshRegister({ demo: 60 });

const today = todayInOslo();
const day = (n: number) => formatDate(addDays(today, n), 'nb');
const HEAD = [
  'Saksnr.',
  'Tittel',
  'Enhet',
  'Saksbehandler',
  'Anslått verdi',
  'Type',
  'Registrert',
  'Fase',
  'Dato kunngjøring',
  'Tildelt',
  'Kommentar fra kontoret',
  'Intern ref.',
];
const rows = [
  [
    '2026/8901',
    'Brøyting av kommunale veier',
    'Teknisk drift',
    'Kari Nordmann',
    '3 200 000',
    'Tjenester',
    day(-200),
    'Tildeling',
    day(-150),
    day(-60),
    'Ny runde i 2027',
    'A-12',
  ],
  [
    '2026/8902',
    'Kantinedrift på rådhuset',
    'Rådmannens stab',
    'Ola Hansen',
    '900 000',
    'Tjenester',
    day(-100),
    'kunngjøring',
    day(-30),
    '',
    '',
    'A-13',
  ],
  [
    '2026/8903',
    'Lisenser for fagsystem',
    'Oppvekst',
    'Nina Holm',
    '450 000',
    'Varer',
    day(-90),
    'Evaluering',
    '',
    '',
    'Haster',
    '',
  ],
  [
    '2026/8904',
    'Skolefrukt',
    'Oppvekst',
    'Nina Holm',
    '300 000',
    'Varer',
    day(-80),
    'Kunngjøring',
    day(-40),
    day(-10),
    '',
    'A-15',
  ],
  [
    '2026/8905',
    'Vaktmestertjenester',
    'Eiendom',
    'Kari Nordmann',
    '1 100 000',
    'Tjenester',
    day(-70),
    'Ferdig',
    '',
    '',
    '',
    '',
  ],
];

async function sheetFile(prefix = '2026/89'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Saker i arbeid');
  ws.addRow(HEAD);
  for (const r of rows) ws.addRow([String(r[0]).replace('2026/89', prefix), ...r.slice(1)]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'anskaff-status-')), 'saksstatus.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('running cases come in with their phase and dates; the columns not read are named; the valid rows go in and the invalid ones come back as a spreadsheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/data');
  await page.getByLabel('Regneark', { exact: true }).setInputFiles(await sheetFile());
  await expect(page.getByText('5 rader: 3 klare, 2 med feil, 0 duplikater.')).toBeVisible();

  // The phase and the phase dates are found by their headings; the other columns are named, not dropped.
  await expect(page.getByLabel('Fase', { exact: true })).toHaveValue('7');
  await expect(page.getByLabel('Dato: Kunngjøring', { exact: true })).toHaveValue('8');
  await expect(page.getByLabel('Dato: Tildeling', { exact: true })).toHaveValue('9');
  await expect(page.getByTestId('import-unused')).toHaveText(
    /^Disse kolonnene blir ikke lest: «Kommentar fra kontoret» \(K\), «Intern ref\.» \(L\)\./,
  );

  // Each bad row, with its column and what is wrong, in words.
  const problems = page.getByTestId('import-problems');
  await expect(
    problems.getByRole('row', {
      name: /^5 Dato: Tildeling Saken er i fasen Kunngjøring, men raden har en dato for Tildeling, som kommer senere\..* «Tildelt» \(J\)$/,
    }),
  ).toBeVisible();
  await expect(
    problems.getByRole('row', {
      name: /^6 Fase «Ferdig» er ikke en fase Anskaff kjenner\. Bruk en av disse: Behovsavklaring, .* «Fase» \(H\)$/,
    }),
  ).toBeVisible();
  // A phase without a date gets the import date, and the report says so.
  await expect(
    page.getByTestId('import-notices').getByRole('row', {
      name: new RegExp(
        `^4 Fase Ingen dato for Evaluering; saken får importdatoen ${formatDate(today, 'nb').replace(/\./g, '\\.')} for fasen\\.`,
      ),
    }),
  ).toBeVisible();

  // All or nothing is the default, and refuses while rows are bad.
  await expect(page.getByRole('button', { name: 'Importer 3 rader' })).toBeDisabled();
  await expectAccessible(page, 'import with phases, all or nothing');

  // The other choice says what will happen, with the counts.
  await page.getByRole('radio', { name: 'Importer de gyldige radene, utelat de ugyldige' }).check();
  const go = page.getByRole('button', { name: 'Importer 3 saker (2 utelates)' });
  await expect(go).toBeEnabled();
  await expectAccessible(page, 'import leaving out the invalid rows');
  await page.getByRole('button', { name: 'Importer 3 saker (2 utelates)' }).scrollIntoViewIfNeeded();
  await shot(page, 'data-import-status');

  // The rows left out, as they were, with a column saying what is wrong.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned radene som utelates (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('utelatte-rader-saksstatus.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const got: unknown[][] = [];
  ws.eachRow((r) => got.push((r.values as unknown[]).slice(1)));
  expect(got[0]).toEqual([...HEAD, 'Feil']);
  expect(got.slice(1).map((r) => r[0])).toEqual(['2026/8904', '2026/8905']);
  expect(got[1]!.slice(1, 10)).toEqual(rows[3]!.slice(1, 10));
  expect(got[1]![12]).toMatch(/^Rad 5: Tildelt: Saken er i fasen Kunngjøring, men raden har en dato for Tildeling/);
  expect(got[2]![12]).toMatch(/^Rad 6: Fase: «Ferdig» er ikke en fase/);

  await go.click();
  const done = page.getByRole('status').filter({ hasText: 'importert' });
  await expect(done).toContainText('3 saker er importert fra saksstatus.xlsx. 2 rader med feil ble utelatt.');
  // The rows left out can still be had after the import: the same two, not the rows now in the register.
  const [after] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('button', { name: 'Last ned radene som utelates (.xlsx)' }).click(),
  ]);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(readFileSync((await after.path())!) as unknown as ArrayBuffer);
  expect(again.worksheets[0]!.getColumn(1).values.slice(1)).toEqual(['Saksnr.', '2026/8904', '2026/8905']);
  const none = await page.request.post('/rpc/cases.list', { data: { q: '2026/8904' } });
  expect(((await none.json()) as { total: number }).total).toBe(0);

  // An imported case, with its timeline.
  const found = await page.request.post('/rpc/cases.list', { data: { q: '2026/8901' } });
  const item = ((await found.json()) as { items: { id: number; caseNumber: string }[] }).items.find(
    (c) => c.caseNumber === '2026/8901',
  )!;
  await page.goto(`/#/cases/${item.id}`);
  const events = page.getByTestId('timeline-event');
  await expect(events).toHaveCount(3);
  await expect(events.nth(0)).toContainText(day(-200));
  await expect(events.nth(0)).toContainText('Behovsavklaring');
  await expect(events.nth(1)).toContainText(day(-150));
  await expect(events.nth(1)).toContainText('Kunngjøring');
  await expect(events.nth(2)).toContainText(day(-60));
  await expect(events.nth(2)).toContainText('Tildeling');
  await expect(events.nth(2)).toContainText('Fra regnearket saksstatus.xlsx');
  await shot(page, 'data-import-status-case');
});

test('the import speaks nynorsk and English: the columns not read, the choice, the button with its counts, the problems', async ({
  page,
}) => {
  await page.goto('/#/data');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.getByLabel('Rekneark', { exact: true }).setInputFiles(await sheetFile('2026/79'));
  await expect(page.getByTestId('import-unused')).toHaveText(
    /^Desse kolonnane blir ikkje lesne: «Kommentar fra kontoret» \(K\), «Intern ref\.» \(L\)\./,
  );
  await expect(
    page.getByTestId('import-problems').getByRole('row', {
      name: /^5 Dato: Tildeling Saka er i fasen Kunngjering, men rada har ein dato for Tildeling, som kjem seinare\./,
    }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Importer dei gyldige radene, utelat dei ugyldige' }).check();
  await expect(page.getByRole('button', { name: 'Importer 3 saker (utelèt 2)' })).toBeEnabled();
  await expectAccessible(page, 'import in nynorsk');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Spreadsheet', { exact: true }).setInputFiles(await sheetFile('2026/79'));
  await expect(
    page.getByTestId('import-problems').getByRole('row', {
      name: /^6 Phase "Ferdig" is not a phase Anskaff knows\. Use one of these: Needs assessment, /,
    }),
  ).toBeVisible();
  await expect(page.getByTestId('import-unused')).toHaveText(
    /^These columns are not read: "Kommentar fra kontoret" \(K\), "Intern ref\." \(L\)\./,
  );
  await page.getByRole('radio', { name: 'Import the valid rows, leave out the invalid ones' }).check();
  await expect(page.getByRole('button', { name: 'Import 3 cases (2 left out)' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Download the rows left out (.xlsx)' })).toBeVisible();
});
