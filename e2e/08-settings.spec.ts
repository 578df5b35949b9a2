import { expect, expectAccessible, test } from './fixtures.js';

test('the name set in the settings is the one the history records', async ({ page }) => {
  await page.goto('/#/cases');
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByLabel('Navnet som står i historikken').fill('Kari Nordmann');
  await expectAccessible(page, 'settings');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('status')).toHaveText('Lagret. Endringer du gjør, registreres nå på Kari Nordmann.');
  // The settings keep a history of their own.
  await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText('Endret innstillingene');

  const found = await page.request.post('/rpc/cases.list', { data: { q: '2026/9300' } });
  const kase = ((await found.json()) as { items: { id: number }[] }).items[0]!;
  await page.goto(`/#/cases/${kase.id}/edit`);
  await page.getByLabel('Tittel').fill('Varebiler til driftsavdelingen, elektriske');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText('· Kari Nordmann · Endret saken');
});
