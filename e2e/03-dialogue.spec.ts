import { addDays, formatDate, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

test('market dialogue is documented so equal treatment can be shown', async ({ page }) => {
  // A case to hold the dialogue, made through the API the UI uses.
  const res = await page.request.post('/rpc/cases.create', {
    data: {
      caseNumber: '2026/9100',
      title: 'Kjøp av mobilitetstjenester',
      department: 'Teknisk drift',
      buyer: 'Ola Hansen',
      estimatedValue: 6_000_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      registeredDate: d(-40),
    },
  });
  expect(res.ok()).toBe(true);
  const kase = (await res.json()) as { id: number };

  // Two suppliers; the first with a mistyped organisation number, corrected after the error shows.
  await page.goto('/#/suppliers');
  await page.getByRole('link', { name: 'Ny leverandør' }).click();
  await page.getByLabel('Organisasjonsnummer').fill('974760674');
  await page.getByLabel('Navn', { exact: true }).fill('Grønn Mobilitet AS');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(
    page.getByText('Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.').first(),
  ).toBeVisible();
  await expectAccessible(page, 'supplier form with error');
  await page.getByLabel('Organisasjonsnummer').fill('974 760 673');
  await page.getByRole('button', { name: 'Legg til kontaktperson' }).click();
  await page.getByLabel('Navn', { exact: true }).nth(1).fill('Siri Dahl');
  await page.getByLabel('E-post').fill('siri@gronn.no');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grønn Mobilitet AS' })).toBeVisible();
  await expectAccessible(page, 'supplier page');

  await page.goto('/#/suppliers/new');
  await page.getByLabel('Organisasjonsnummer').fill('701730496');
  await page.getByLabel('Navn', { exact: true }).fill('Bilpool Nord AS');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilpool Nord AS' })).toBeVisible();
  await page.goto('/#/suppliers');
  await page.getByLabel('Søk etter navn, org.nr. eller kontaktperson').fill('974 760 673');
  await expect(page.getByRole('link', { name: 'Grønn Mobilitet AS' })).toBeVisible();
  await expect(page.getByText('1 leverandør', { exact: true })).toBeVisible();
  await expectAccessible(page, 'supplier list');

  // A dialogue conference with both, and a one-to-one meeting with one.
  const addActivity = async (form: string, date: string, title: string, suppliers: string[], minutes: string) => {
    await page.goto(`/#/cases/${kase.id}`);
    await page.getByRole('link', { name: 'Registrer dialogaktivitet' }).click();
    await page.getByLabel('Form').selectOption({ label: form });
    await page.getByLabel('Dato').fill(date);
    await page.getByLabel('Tittel').fill(title);
    for (const s of suppliers) {
      await page.getByLabel('Finn leverandør').fill(s);
      await page.getByRole('button', { name: `Legg til leverandør: ${s}`, exact: true }).click();
    }
    await page.getByLabel('Referat').fill(minutes);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  };
  await addActivity(
    'Dialogkonferanse',
    d(-30),
    'Dialogkonferanse om mobilitet',
    ['Grønn Mobilitet AS', 'Bilpool Nord AS'],
    'Leverandørene anbefalte elsykler og bildeling.',
  );
  await expectAccessible(page, 'activity page');
  // The activity's own history: who registered it, with its fields.
  await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText(
    'Registrerte dialogaktiviteten',
  );
  await addActivity(
    'En-til-en-møte',
    d(-20),
    'Møte med Grønn Mobilitet',
    ['Grønn Mobilitet AS'],
    'Gjennomgang av ladeinfrastruktur og vinterdekk.',
  );

  // A question answered to one supplier.
  await page.getByLabel('Spurt av').selectOption({ label: 'Grønn Mobilitet AS' });
  await page.getByLabel('Spørsmål', { exact: true }).fill('Kan tilbudet omfatte leasing?');
  await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
  const item = page.getByTestId('item');
  await expect(item).toContainText('Ikke besvart ennå');
  await item.getByLabel('Svar', { exact: true }).fill('Ja, leasing er tillatt.');
  await item.getByLabel('Svar gitt').fill(d(-19));
  await item.getByRole('button', { name: 'Lagre svar' }).click();
  await expect(item).toContainText('Ikke delt med alle ennå');
  await shot(page, 'activity-page');
  const activityUrl = page.url();

  // Moving on to notice is held up, and says why.
  await page.goto(`/#/cases/${kase.id}`);
  await expect(page.getByTestId('unshared-warning')).toHaveText(
    '1 spørsmål og svar er ikke gjort kjent for alle leverandører.',
  );
  await page.getByLabel('Ny fase').selectOption({ label: 'Kunngjøring' });
  await expect(page.getByTestId('move-unshared-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByText(/1 spørsmål og svar fra markedsdialogen er ikke gjort kjent/)).toBeVisible();
  await expectAccessible(page, 'case page with dialogue');

  // Shared with all: the warning is gone and the case moves on.
  await page.goto(activityUrl);
  await item.getByLabel('Delt dato').fill(d(-18));
  await item.getByLabel('Hvordan det ble gjort kjent').fill('Publisert i konkurransegjennomføringsverktøyet');
  await item.getByRole('button', { name: 'Marker som delt med alle' }).click();
  await expect(item).toContainText(/Delt med alle \d\d\.\d\d\.\d{4}: Publisert/);
  await page.goto(`/#/cases/${kase.id}`);
  await expect(page.getByTestId('unshared-warning')).toHaveCount(0);
  await page.getByLabel('Ny fase').selectOption({ label: 'Kunngjøring' });
  await expect(page.getByTestId('move-unshared-warning')).toHaveCount(0);
  await page.getByLabel('Dato', { exact: true }).fill(today);
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByRole('status')).toHaveText('Saken er flyttet til Kunngjøring.');

  // The timeline shows phases and activities in date order.
  const rows = page.locator('ol.timeline > li');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Behovsavklaring');
  await expect(rows.nth(1)).toContainText('Dialogkonferanse om mobilitet');
  await expect(rows.nth(2)).toContainText('Møte med Grønn Mobilitet');
  await expect(rows.nth(3)).toContainText('Kunngjøring');
  await shot(page, 'case-with-dialogue');

  // Found by a word from its minutes.
  await page.getByRole('link', { name: 'Markedsdialog' }).first().click();
  await page.getByLabel('Søk i referater, spørsmål og svar').fill('ladeinfra');
  const hit = page.locator('li.hit').filter({ has: page.getByRole('link', { name: 'Møte med Grønn Mobilitet' }) });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText('ladeinfrastruktur');
  await expectAccessible(page, 'dialogue search');
  await hit.getByRole('link', { name: 'Møte med Grønn Mobilitet' }).click();
  await expect(page).toHaveURL(activityUrl);
});

test('competitive dialogue: rounds per prequalified supplier, then the dialogue is closed', async ({ page }) => {
  const res = await page.request.post('/rpc/cases.create', {
    data: {
      caseNumber: '2026/9101',
      title: 'Mobilitet som tjeneste',
      department: 'Teknisk drift',
      buyer: 'Ola Hansen',
      estimatedValue: 40_000_000,
      kind: 'tjenester',
      procedure: 'dialog',
      registeredDate: d(-60),
    },
  });
  const kase = (await res.json()) as { id: number };
  await page.goto(`/#/cases/${kase.id}`);
  const panel = page.locator('.competitive');
  await expect(panel.getByRole('heading', { name: 'Konkurransepreget dialog' })).toBeVisible();
  await panel.getByText('Prekvalifiserte leverandører').click();
  for (const name of ['Grønn Mobilitet AS', 'Bilpool Nord AS']) {
    await panel.getByLabel('Finn leverandør').fill(name);
    await panel.getByRole('button', { name: `Legg til leverandør: ${name}`, exact: true }).click();
  }
  await panel.getByRole('button', { name: 'Lagre prekvalifiserte' }).click();
  await expect(panel.getByRole('rowheader', { name: 'Bilpool Nord AS' })).toBeVisible();

  // One round with one supplier, recorded as a dialogue activity.
  await page.getByRole('link', { name: 'Registrer dialogaktivitet' }).click();
  await page.getByLabel('Form').selectOption({ label: 'Dialog- eller forhandlingsrunde' });
  await page.getByLabel('Dato').fill(d(-10));
  await page.getByLabel('Runde').fill('1');
  await page.getByLabel('Tittel').fill('Runde 1 med Grønn Mobilitet');
  await page.getByLabel('Finn leverandør').fill('Grønn Mobilitet AS');
  await page.getByRole('button', { name: 'Legg til leverandør: Grønn Mobilitet AS', exact: true }).click();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runde 1 med Grønn Mobilitet' })).toBeVisible();

  await page.goto(`/#/cases/${kase.id}`);
  const row = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Grønn Mobilitet AS' }) });
  await expect(row.getByRole('link')).toHaveText(formatDate(d(-10)));
  await panel.getByText('Avslutt dialogen').first().click();
  await panel.getByLabel('Dialogen avsluttet').fill(d(-5));
  await panel.getByLabel('Invitasjon til endelige tilbud').fill(d(-4));
  await panel.getByRole('button', { name: 'Avslutt dialogen' }).click();
  await expect(panel).toContainText(`Dialogen ble avsluttet ${formatDate(d(-5))}.`);
  await expectAccessible(page, 'competitive dialogue panel');
});
