import { readFileSync } from 'node:fs';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { vanCase } from './seeds.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440, seed: vanCase });

test('the head of procurement composes a briefing pack, previews it page by page and saves the PDF', async ({
  page,
}) => {
  // The municipality is set once, under Innstillinger; the composer fills it in.
  await page.request.post('/rpc/settings.set', { data: { organisationName: 'Nordby kommune' } });
  await page.goto('/#/briefing');
  await expect(page.getByRole('heading', { level: 1, name: 'Orientering til politisk ledelse' })).toBeVisible();
  await expect(page.getByLabel('Kommune')).toHaveValue('Nordby kommune');
  await page.getByLabel('Møte', { exact: true }).fill('Formannskapet');
  // The short version is the default: only its sections are listed, and the appendix is a file of its own.
  await expect(page.getByRole('radio', { name: /^Kort versjon/ })).toBeChecked();
  await expect(page.locator('.section-order li')).toHaveCount(4);
  await expect(page.getByRole('checkbox', { name: 'Tid per fase' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Vedlegg: alle saker i perioden' })).toHaveCount(0);
  // Put the highlighted cases first.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Flytt «Utvalgte saker» opp' }).click();
  await expect(page.locator('.section-order li').first()).toContainText('Utvalgte saker');
  await page.getByLabel('Saksnummer').fill('2026/9300');
  await page.getByRole('button', { name: 'Legg til sak' }).click();
  await page
    .getByLabel(/^Tekst til pakken om 2026\/9300/)
    .fill('Første anskaffelse med klimavekt på 30 prosent i driftsavdelingen.');
  await expectAccessible(page, 'briefing composer');

  const hint = page.getByText('Her vises pakken side for side slik den skrives ut.', { exact: false });
  await expect(hint).toBeVisible();
  await page.getByRole('button', { name: 'Oppdater forhåndsvisning' }).click();
  await expect(page.getByTestId('preview-pages')).toHaveText(/^\d+ sider$/, { timeout: 60_000 });
  await expect(hint).toHaveCount(0);
  const pages = Number((await page.getByTestId('preview-pages').innerText()).split(' ')[0]);
  // The short version: a few pages, not the whole register.
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(6);
  // Every page has its place at once; a page is drawn as it comes near the view, and let go far from it.
  await expect(page.locator('.pdf-page')).toHaveCount(pages);
  await expect(page.getByRole('img', { name: `Side 1 av ${pages}` })).toBeVisible();
  await expect(page.locator('.pdf-page[data-page="1"][data-drawn]')).toHaveCount(1);
  const ink = (n: number) =>
    page.locator(`.pdf-page[data-page="${n}"] canvas`).evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4 * 31) if (d[i]! < 160) dark++;
      return dark;
    });
  expect(await ink(1)).toBeGreaterThan(200);
  expect(await page.locator('.pdf-page[data-drawn]').count()).toBeLessThan(pages);
  await page.getByRole('img', { name: `Side ${pages} av ${pages}` }).scrollIntoViewIfNeeded();
  await expect(page.locator(`.pdf-page[data-page="${pages}"][data-drawn]`)).toHaveCount(1);
  await expect(page.locator('.pdf-page[data-page="1"][data-drawn]')).toHaveCount(0);
  expect(await ink(pages)).toBeGreaterThan(20);
  await page.getByRole('img', { name: `Side 1 av ${pages}` }).scrollIntoViewIfNeeded();
  await expect(page.locator('.pdf-page[data-page="1"][data-drawn]')).toHaveCount(1);
  await expectAccessible(page, 'briefing preview');
  await shot(page, 'briefing');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orientering-\d{4}-01-01-\d{4}-12-31-offentlig\.pdf$/);
  expect(
    readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'er lagret som' })).toBeVisible();
  await expect(page.getByTestId('saved-packs').getByRole('row').nth(1)).toContainText('Formannskapet');
  await expect(page.getByTestId('saved-packs').getByRole('row').nth(1)).toContainText('Offentlig versjon');
});

test('the full version is a choice, and the appendix of all cases is saved as a file of its own', async ({ page }) => {
  await page.goto('/#/briefing');
  await expect(page.getByRole('heading', { level: 1, name: 'Orientering til politisk ledelse' })).toBeVisible();
  await page.getByRole('radio', { name: /^Full versjon/ }).check();
  // Every section but the appendix to choose from.
  await expect(page.locator('.section-order li')).toHaveCount(8);
  await expect(page.getByRole('checkbox', { name: 'Tid per fase' })).toBeChecked();
  await page.getByRole('button', { name: 'Oppdater forhåndsvisning' }).click();
  await expect(page.getByTestId('preview-pages')).toHaveText(/^\d+ sider$/, { timeout: 60_000 });
  const full = Number((await page.getByTestId('preview-pages').innerText()).split(' ')[0]);
  expect(full).toBeGreaterThan(6);
  await expectAccessible(page, 'briefing composer, full version');

  await expect(
    page.getByText(
      'Alle saker i perioden, gruppert etter avdeling, som en egen fil (PDF eller Word) ved siden av pakken.',
    ),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre vedlegget som PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orientering-\d{4}-01-01-\d{4}-12-31-offentlig-vedlegg\.pdf$/);
  expect(
    readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'Vedlegget er lagret som' })).toBeVisible();
  // Or as a Word file, for an office that edits it before it goes out.
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre vedlegget som Word-fil' }).click();
  const docx = await word;
  expect(docx.suggestedFilename()).toMatch(/^orientering-\d{4}-01-01-\d{4}-12-31-offentlig-vedlegg\.docx$/);
  expect(
    readFileSync((await docx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  await shot(page, 'briefing-full');
});

test('cases handled over several years count each case once in the total', async ({ page }) => {
  await page.goto('/#/savings');
  const table = page.getByTestId('savings-table');
  await expect(table).toBeVisible();
  const handled = async (row: ReturnType<typeof table.getByRole>) =>
    Number((await row.getByRole('cell').first().innerText()).replace(/\s/g, ''));
  const rows = table.getByRole('row');
  const n = await rows.count();
  // The header row, one row a year, and the total.
  let years = 0;
  for (let i = 1; i < n - 1; i++) years += await handled(rows.nth(i));
  const total = await handled(rows.nth(n - 1));
  await expect(rows.nth(n - 1).getByRole('rowheader')).toHaveText('Sum');
  // A case handled in two of the years is one case: the total is the cases, not the years added.
  const api = (await (await page.request.post('/rpc/savings.totals', { data: {} })).json()) as { casesHandled: number };
  expect(total).toBe(api.casesHandled);
  expect(total).toBeLessThan(years);
  await expectAccessible(page, 'savings');
});
