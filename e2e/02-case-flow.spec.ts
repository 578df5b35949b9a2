import { addDays, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

const today = todayInOslo();
const registered = addDays(today, -30);
const dialogue = addDays(today, -10);
const TITLE = 'Utslippsfrie anleggsmaskiner til Teknisk drift';

test('a buyer registers a case, moves it through two phases, finds it, edits it, and it survives a reload', async ({
  page,
}) => {
  await page.goto('/#/cases');
  await page.getByRole('link', { name: 'Ny sak' }).first().click();
  await expect(page.getByRole('heading', { name: 'Ny anskaffelsessak' })).toBeVisible();
  await expectAccessible(page, 'new case form');

  // Saving an empty form shows what is wrong, in Norwegian, field by field.
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  const summary = page.getByText('Rett opp dette før du lagrer:');
  await expect(summary).toBeVisible();
  await expect(page.getByText('Tittel: Må fylles ut.')).toBeVisible();
  await expectAccessible(page, 'form with errors');

  await page.getByLabel('Saksnummer i arkivet').fill('2026/9001');
  await page.getByLabel('Tittel').fill(TITLE);
  await page
    .getByLabel('Beskrivelse av behovet')
    .fill('Leie av elektriske gravemaskiner; krav om fossilfri byggeplass.');
  await page.getByLabel('Avdeling som eier behovet').fill('Teknisk drift');
  await page.getByLabel('Ansvarlig innkjøper').fill('Kari Nordmann');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('3 500 000');
  await page.getByLabel('Type anskaffelse', { exact: true }).selectOption({ label: 'Tjenester' });
  // The regime is shown live as the value is typed.
  await expect(page.getByTestId('regime')).toHaveText('Del III: over EØS-terskelverdi');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Åpen tilbudskonkurranse' });
  await expect(page.getByTestId('procedure-warning')).toContainText('ikke en tillatt prosedyre');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Åpen anbudskonkurranse' });
  await expect(page.getByTestId('procedure-warning')).toHaveCount(0);
  await page.getByLabel('Klima og miljø', { exact: true }).check();
  await page.getByLabel('Behovet registrert').fill(registered);
  await shot(page, 'case-form');
  await page.getByRole('button', { name: 'Opprett sak' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const url = page.url();

  // Two phase moves; the timeline counts the days in each.
  await page.getByLabel('Ny fase').selectOption({ label: 'Markedsdialog' });
  await page.getByLabel('Dato').fill(dialogue);
  await page.getByLabel('Merknad').fill('Dialogkonferanse med leverandørene');
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByRole('status')).toHaveText('Saken er flyttet til Markedsdialog.');
  await page.getByLabel('Ny fase').selectOption({ label: 'Konkurransestrategi' });
  await page.getByLabel('Dato').fill(today);
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByRole('status')).toHaveText('Saken er flyttet til Konkurransestrategi.');

  const days = page.getByTestId('timeline-days');
  await expect(days).toHaveText(['20 dager i fasen', '10 dager i fasen', '0 dager i fasen (nå)']);
  await expect(page.getByText('Dialogkonferanse med leverandørene')).toBeVisible();
  await expectAccessible(page, 'case page');
  await shot(page, 'case-page');

  // A move against the rules is refused with the reason on the field.
  await page.getByLabel('Ny fase').selectOption({ label: 'Avlyst' });
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByText('Skriv hvorfor saken avlyses.')).toBeVisible();

  // Found by a word from the title, typed into the search.
  await page.getByRole('link', { name: 'Saker' }).first().click();
  await page.getByLabel('Søk i saker').fill('utslippsfrie anlegg');
  const hit = page.getByRole('link', { name: TITLE });
  await expect(hit).toBeVisible();
  await expect(page.getByText('1 av 441 saker')).toBeVisible();
  await hit.click();

  // Edited.
  await page.getByRole('link', { name: 'Endre' }).click();
  await page.getByLabel('Tittel').fill(`${TITLE} (leie)`);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${TITLE} (leie)` })).toBeVisible();

  // And everything is still there after a reload.
  await page.goto(url);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `${TITLE} (leie)` })).toBeVisible();
  await expect(page.getByTestId('timeline-event')).toHaveCount(3);
  await expect(days).toHaveText(['20 dager i fasen', '10 dager i fasen', '0 dager i fasen (nå)']);
  await expect(page.getByText('Konkurransestrategi').first()).toBeVisible();

  // The history says who did what: the edit of the title, its value before and after.
  const history = page.getByTestId('audit-list').getByRole('listitem');
  await expect(history).toHaveCount(4);
  await expect(history.first()).toContainText('Endret saken (1 felt)');
  await history.first().locator('summary').click();
  await expect(history.first().locator('.audit-changes')).toContainText(`Tittel${TITLE} → ${TITLE} (leie)`);
  await expect(history.nth(1)).toContainText('Flyttet saken til ny fase');
  await expect(history.last()).toContainText('Registrerte saken');
  await expectAccessible(page, 'case page with history');
});

test('English is one click away, errors included', async ({ page }) => {
  await page.goto('/#/cases/new');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'New procurement case' })).toBeVisible();
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Title: Required.')).toBeVisible();
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ny anskaffelsessak' })).toBeVisible();
});
