import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHttpHost } from '../service/http/server.js';
import { openServiceForApp } from '../service/openData.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { vanCaseEdited } from './seeds.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440, seed: vanCaseEdited });

test('a bundle made on this PC is read into another, and an OCDS file is downloaded', async ({ page }) => {
  // The buyer OCDS names, and a case of this year.
  await page.request.post('/rpc/settings.set', {
    data: { organisationName: 'Nordby kommune', organisationOrgnr: '974760673' },
  });
  await page.request.post('/rpc/cases.create', {
    data: {
      caseNumber: '2026/9950',
      title: 'Sak som flyttes',
      department: 'Eiendom',
      buyer: 'Ola',
      estimatedValue: 200000,
      kind: 'varer',
      procedure: 'direkte',
      themes: [],
    },
  });
  // One case, from its own page: a bundle with everything linked to it, and its OCDS release.
  const one = (
    (await (await page.request.post('/rpc/cases.list', { data: { q: '2026/9950' } })).json()) as {
      items: { id: number }[];
    }
  ).items[0]!;
  await page.goto(`/#/cases/${one.id}`);
  const [oneBundle] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pakke til annen PC' }).click(),
  ]);
  expect(oneBundle.suggestedFilename()).toMatch(/^anskaff-1-saker-\d{4}-\d{2}-\d{2}\.anskaff$/);
  const [oneOcds] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'OCDS' }).click(),
  ]);
  expect(
    (
      JSON.parse(readFileSync((await oneOcds.path())!, 'utf8')) as { releases: { tender: { id: string } }[] }
    ).releases.map((r) => r.tender.id),
  ).toEqual(['2026/9950']);

  await page.goto('/#/data');
  const [bundle] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lag pakke av hele registeret' }).click(),
  ]);
  expect(bundle.suggestedFilename()).toMatch(/^anskaff-alt-\d{4}-\d{2}-\d{2}\.anskaff$/);
  const bundlePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'anskaff-bundle-')), bundle.suggestedFilename());
  await bundle.saveAs(bundlePath);
  const total = ((await (await page.request.post('/rpc/cases.list', { data: {} })).json()) as { total: number }).total;

  const [ocds] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned OCDS-fil' }).click(),
  ]);
  const pkg = JSON.parse(readFileSync((await ocds.path())!, 'utf8')) as {
    version: string;
    releases: { ocid: string }[];
  };
  expect(pkg.version).toBe('1.1');
  expect(pkg.releases.length).toBeGreaterThan(0);
  await expect(page.getByText(/saker er lagt i ocds-/)).toBeVisible();

  // Any list as .xlsx: the case list, as filtered on screen.
  await page.goto('/#/cases');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksporter til Excel' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^saker-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsx.path())!);
  expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('Saksnummer');
  expect(wb.worksheets[0]!.actualRowCount - 1).toBe(
    ((await (await page.request.post('/rpc/cases.list', { data: {} })).json()) as { total: number }).total,
  );

  // "Another PC": a second host over an empty data folder.
  const service = openServiceForApp(
    mkdtempSync(path.join(os.tmpdir(), 'anskaff-e2e-pc2-')),
    { migrationsDir },
    { log: () => {} },
  );
  const host = await startHttpHost({ service, staticDir: rendererDist, port: 0 });
  try {
    await page.goto(host.oneTimeUrl('/#/data'));
    await page.getByLabel('Les inn en pakke').setInputFiles(bundlePath);
    const counts = page.getByTestId('bundle-counts');
    await expect(counts.getByRole('row', { name: new RegExp(`^Saker ${total} 0 0 0$`) })).toBeVisible();
    await expectAccessible(page, 'bundle preview');
    await shot(page, 'data-bundle-preview');
    await page.getByRole('button', { name: 'Importer pakken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pakken er importert' })).toContainText(
      /Pakken er importert: \d+ nye, 0 erstattet, 0 beholdt, 0 hoppet over\./,
    );
    const there = (
      (await (await page.request.post(`${host.url}/rpc/cases.list`, { data: {} })).json()) as { total: number }
    ).total;
    expect(there).toBe(total);
    // The history another PC wrote comes along, said to be from there; the import itself is this PC's entry (the case edited here before, by Kari Nordmann).
    const edited = (
      (await (await page.request.post(`${host.url}/rpc/cases.list`, { data: { q: '2026/9300' } })).json()) as {
        items: { id: number }[];
      }
    ).items[0]!;
    await page.goto(`${host.url}/#/cases/${edited.id}`);
    const history = page.getByTestId('audit-list').getByRole('listitem');
    await expect(history.first()).toContainText('Tok inn fra en pakke fra en annen PC');
    await expect(history.first().getByTestId('audit-imported')).toHaveCount(0);
    await expect(history.nth(1).getByTestId('audit-imported')).toContainText(
      /^Fra en annen PC: tatt inn med pakken anskaff-.*\.anskaff, eksportert av /,
    );
  } finally {
    await host.close();
    service.backups?.live()?.close();
  }
});
