import { expect, expectAccessible, freshRegister, test } from './fixtures.js';
import { vanCase } from './seeds.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440, seed: vanCase });

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
  await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText(
    '· Kari Nordmann · Endret saken',
  );
});

test('the office enters a newer period of threshold values, shown apart, applied to a case and in the history; then withdraws it', async ({
  page,
}) => {
  await page.goto('/#/settings');
  const shipped = page.getByTestId('thresholds-shipped');
  await expect(shipped).toContainText('FOR-2024-03-14-449');
  await expect(shipped).toContainText('kontrollert mot forskriftsteksten');
  await expect(page.getByTestId('thresholds-checked')).toContainText('03.12.2025');
  await expect(page.getByText('Kontoret har ikke lagt inn egne terskelverdier.')).toBeVisible();

  await page.getByLabel('I kraft fra').fill('2026-03-01');
  await page.getByLabel('EØS-terskel, varer (kr)').fill('2 400 000');
  await page.getByLabel('EØS-terskel, tjenester (kr)').fill('2 400 000');
  await page.getByLabel('EØS-terskel, bygg og anlegg (kr)').fill('60 000 000');
  await page.getByLabel('EØS-terskel, helse- og sosialtjenester (kr)').fill('8 000 000');
  await page.getByLabel('EØS-terskel, særlige tjenester (kr)').fill('8 000 000');
  await page.getByLabel('Endringsforskrift (FOR-nummer) eller kunngjøring').fill('FOR-2026-02-20-300');
  await page.getByLabel('Nettadresse til kilden').fill('https://lovdata.no/dokument/LTI/forskrift/2026-02-20-300');
  await page.getByRole('button', { name: 'Legg inn perioden' }).click();
  await expect(page.getByRole('status')).toHaveText('Perioden fra 01.03.2026 er lagt inn og brukes fra nå av.');
  const office = page.getByTestId('thresholds-office');
  await expect(office).toContainText('FOR-2026-02-20-300');
  await expect(office).toContainText('lagt inn av kontoret');
  await expect(shipped).toContainText('28.02.2026');
  await expect(page.locator('.threshold-office-entry').getByTestId('audit-list').first()).toContainText(
    'La inn terskelverdier',
  );
  await expectAccessible(page, 'threshold settings with an office period');

  // A new case dated after it is judged by the office's values, and the form says whose values they are.
  await page.goto('/#/cases/new');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('2 350 000');
  await page.getByLabel('Type anskaffelse', { exact: true }).selectOption({ label: 'Tjenester' });
  await expect(page.getByTestId('regime')).toContainText('Del II');
  await expect(page.getByTestId('threshold-source')).toContainText(
    'FOR-2026-02-20-300, i kraft fra 01.03.2026 (lagt inn av kontoret)',
  );
  await expect(page.getByTestId('threshold-notice')).toContainText('lagt inn av kontoret');

  await page.goto('/#/settings');
  await page.getByRole('button', { name: /Trekk tilbake/ }).click();
  await expect(page.getByRole('status')).toHaveText('Perioden er trukket tilbake.');
  await expect(page.getByText('Kontoret har ikke lagt inn egne terskelverdier.')).toBeVisible();
  await page.goto('/#/cases/new');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('2 350 000');
  await page.getByLabel('Type anskaffelse', { exact: true }).selectOption({ label: 'Tjenester' });
  await expect(page.getByTestId('regime')).toContainText('Del III');
  await expect(page.getByTestId('threshold-notice')).toContainText('Nyere terskelverdier kan gjelde');
});
