import { expect, expectAccessible, shot, test } from './fixtures.js';

// Issue 14: the rules of the regulation as a buyer meets them, recorded on
// the case form and shown on the case page and in the protocol.

test('a negotiated procedure above the EEA threshold asks for its ground in § 13-2, in the regulation\'s words, until it is recorded', async ({ page }) => {
  await page.goto('/#/cases/new');
  await page.getByLabel('Saksnummer i arkivet').fill('2026/9401');
  await page.getByLabel('Tittel').fill('Mobilitetstjenester for hjemmetjenesten');
  await page.getByLabel('Avdeling som eier behovet').fill('Helse og omsorg');
  await page.getByLabel('Ansvarlig innkjøper').fill('Kari Nordmann');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('3 500 000');
  await page.getByLabel('Type anskaffelse').selectOption({ label: 'Tjenester' });
  await expect(page.getByTestId('regime')).toHaveText('Del III: over EØS-terskelverdi');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Konkurranse med forhandling' });
  await expect(page.getByTestId('procedure-warning')).toHaveText(
    'Konkurranse med forhandling er etter Del III bare lovlig når et vilkår i FOA § 13-2 er oppfylt. Velg vilkåret saken bygger på, og begrunn det.',
  );
  await expect(page.getByTestId('regime-grounded')).toContainText('Konkurranse med forhandling (FOA § 13-2)');
  const ground = page.getByLabel('Vilkår i forskriften');
  await ground.selectOption({ label: '§ 13-2 bokstav c: anskaffelsens karakter, kompleksitet, rettslige eller finansielle sammensetning eller tilknyttede risiko gjør det nødvendig å forhandle' });
  await page.getByLabel('Hvorfor vilkåret er oppfylt').fill('Delingen av risiko for ladeinfrastrukturen må forhandles fram.');
  await expect(page.getByTestId('procedure-warning')).toHaveCount(0);
  await expectAccessible(page, 'case form with a procedure ground');
  await shot(page, 'case-form-ground');
  await page.getByRole('button', { name: 'Opprett sak' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mobilitetstjenester for hjemmetjenesten' })).toBeVisible();
  await expect(page.getByTestId('case-ground')).toContainText('§ 13-2 bokstav c: anskaffelsens karakter');
  await expect(page.getByTestId('case-ground')).toContainText('Delingen av risiko for ladeinfrastrukturen må forhandles fram.');
  await expectAccessible(page, 'case page with a procedure ground');
});

test('part I has no procedure rules, and health and social services below 7.8 M stay in part I', async ({ page }) => {
  await page.goto('/#/cases/new');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('800 000');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Konkurranse med forhandling' });
  await expect(page.getByTestId('regime')).toContainText('Del I: grunnleggende regler, ingen prosedyreregler');
  await expect(page.getByTestId('procedure-warning')).toHaveCount(0);
  await page.getByLabel('Type anskaffelse').selectOption({ label: 'Helse- og sosialtjenester (vedlegg 3)' });
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('5 000 000');
  await expect(page.getByTestId('regime')).toContainText('Del I');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('7 800 000');
  await expect(page.getByTestId('regime')).toContainText('Del IV: helse- og sosialtjenester over EØS-terskelverdien');
  await expectAccessible(page, 'case form, part IV');
});
