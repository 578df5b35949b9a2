import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

test('time per phase shows where the portfolio’s time goes, overall and by procedure', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tid per fase' }).click();
  const all = page.getByRole('region', { name: /Alle saker/ });
  await expect(
    all.getByRole('img', {
      name: /Andel av tiden, Alle saker: Planlegging \d+ %, Konkurranse \d+ %, Oppfølging \d+ %/,
    }),
  ).toBeVisible();
  await expect(all.getByRole('row', { name: /Behovsavklaring/ })).toBeVisible();
  await expectAccessible(page, 'time per phase');
  await page.getByLabel('Gruppér etter').selectOption({ label: 'Prosedyre' });
  await expect(page.getByRole('heading', { name: /Direkte anskaffelse/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Åpen anbudskonkurranse/ })).toBeVisible();
  await shot(page, 'phase-times');
});
