import { expect, expectAccessible, freshRegister, test } from './fixtures.js';

// A register of its own (without one the file had no host to open).
freshRegister({ demo: 20 });

// Nynorsk is the third language: the screens and the service's errors follow
// the user's choice, kept on the PC; a pack's language is chosen for the pack,
// following the screen's until it is.
test('nynorsk is one click away, errors included, and the choice is kept', async ({ page }) => {
  await page.goto('/#/cases/new');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.getByRole('heading', { name: 'Ny anskaffingssak' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(page.getByText('Tittel: Må fyllast ut.')).toBeVisible();
  await expectAccessible(page, 'the case form in nynorsk, with its errors');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ny anskaffingssak' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true');
});

test("a pack has a language of its own: the screen's until one is chosen for it", async ({ page }) => {
  await page.goto('/#/briefing');
  const language = page.getByLabel('Språk i pakken');
  await expect(language).toHaveValue('nb');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.getByRole('heading', { name: 'Orientering til politisk leiing' })).toBeVisible();
  await expect(language).toHaveValue('nn');
  await language.selectOption('en');
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Orientering til politisk ledelse' })).toBeVisible();
  await expect(language).toHaveValue('en');
});
