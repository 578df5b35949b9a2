import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// An empty register: the first start.
freshRegister();

test('an empty database offers demo data, and the list of 440 cases is virtualised', async ({ page }) => {
  await page.goto('/#/cases');
  await expect(page.getByRole('heading', { name: 'Velkommen til Anskaff' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await page.getByRole('button', { name: 'Legg inn demodata' }).click();
  await expect(page.getByText('440 saker')).toBeVisible({ timeout: 20_000 });
  const table = page.getByRole('table', { name: 'Anskaffelsessaker' });
  await expect(table).toHaveAttribute('aria-rowcount', '441');
  // Only the rows in view exist in the page.
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeLessThan(60);
  await expectAccessible(page, 'case list');
  await shot(page, 'case-list');

  // Scrolling to the end loads and shows the last rows.
  await page.locator('.case-table-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.locator('[aria-rowindex="441"]').getByRole('link')).toBeVisible();
});

test('filters narrow the list and the count says so', async ({ page }) => {
  await page.goto('/#/cases');
  await page.getByLabel('Avdeling').selectOption('Eiendom');
  await expect(page.getByText(/^\d+ av 440 saker$/)).toBeVisible();
  const cells = page
    .getByRole('table')
    .getByRole('cell')
    .filter({ hasText: /^(Eiendom|Teknisk drift|Helse og omsorg)$/ });
  await expect(cells.first()).toHaveText('Eiendom');
  await page.getByRole('button', { name: 'Nullstill filtre' }).click();
  await expect(page.getByText('440 saker')).toBeVisible();
});
