import type { Service } from '../service/service.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// Joint procurement on the case page: the other contracting authorities with
// their shares, errors beside the fields, the office's own share derived.

let caseId = 0;
function seed(service: Service) {
  const r = service.dispatch(
    'cases.create',
    {
      caseNumber: '2026/9500',
      title: 'Felles kjøp av skolemøbler',
      department: 'Oppvekst',
      buyer: 'Per Ødegård',
      estimatedValue: 10_000_000,
      kind: 'varer',
      procedure: 'apen_anbud',
      registeredDate: '2026-09-01',
    },
    'nb',
  );
  expect(r.ok, JSON.stringify(r)).toBe(true);
  caseId = (r as { value: { id: number } }).value.id;
}

const reg = freshRegister({ seed });

test('a case run with two other municipalities: participants, shares, who leads, and the office’s own share', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page
    .getByRole('link', { name: /Felles kjøp av skolemøbler/ })
    .first()
    .click();

  const panel = page.getByTestId('joint-panel');
  await expect(panel.getByRole('heading', { name: 'Innkjøpssamarbeid' })).toBeVisible();
  await expect(panel).toContainText('Ingen andre deltakere');

  // A wrong check digit is refused beside the organisation number.
  await panel.getByLabel('Oppdragsgiver', { exact: true }).fill('Malvik kommune');
  await panel.getByLabel('Organisasjonsnummer').fill('939 865 943');
  await panel.getByLabel('Andel', { exact: true }).fill('30');
  await panel.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(panel.getByText('Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.')).toBeVisible();
  await panel.getByLabel('Organisasjonsnummer').fill('939 865 942');
  await panel.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(panel.getByRole('status')).toHaveText('Deltakeren er lagt til.');

  // The second in kroner, leading.
  await panel.getByLabel('Oppdragsgiver', { exact: true }).fill('Melhus kommune');
  await panel.getByLabel('Organisasjonsnummer').fill('938726027');
  await panel.getByLabel('Andelen oppgis i').selectOption('nok');
  await panel.getByLabel('Andel', { exact: true }).fill('8 mill');
  await panel.getByRole('button', { name: 'Legg til deltaker' }).click();
  // Too much: 3 + 8 million of 10.
  await expect(panel.getByText(/Deltakernes andeler blir til sammen 11\s000\s000\skr/)).toBeVisible();
  await panel.getByLabel('Andel', { exact: true }).fill('2 000 000');
  await panel.getByLabel('Denne oppdragsgiveren leder samarbeidet').check();
  await panel.getByRole('button', { name: 'Legg til deltaker' }).click();
  await expect(panel.getByRole('status')).toHaveText('Deltakeren er lagt til.');

  const rows = panel.getByTestId('joint-participants').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Malvik kommune');
  await expect(rows.nth(1)).toContainText(/3\s000\s000\skr \(30\s%\)/);
  await expect(rows.nth(2)).toContainText('Melhus kommune');
  await expect(rows.nth(2)).toContainText('Ja');
  const split = panel.getByTestId('joint-split');
  await expect(split).toContainText(/Samlet verdi \(avgjør forskriftens del\): 10\s000\s000\skr/);
  await expect(split).toContainText(/Kontorets egen andel: 5\s000\s000\skr \(50\s%\)/);
  await expect(split).toContainText('Melhus kommune leder samarbeidet.');
  // The case's history says what was done, in words.
  await expect(page.getByText(/La til en deltaker i innkjøpssamarbeidet/).first()).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'case page with a joint procurement');
  await shot(page, 'joint-case');
  await panel.screenshot({ path: 'test-results/screens/joint-panel.png' });

  // Malvik's share corrected in the same form, filled with what was recorded; a second leader is refused.
  await panel.getByRole('button', { name: 'Endre Malvik kommune' }).click();
  const form = panel.getByTestId('joint-form');
  await expect(form.getByRole('heading', { name: 'Endrer Malvik kommune' })).toBeVisible();
  await expect(form.getByLabel('Oppdragsgiver', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Organisasjonsnummer')).toHaveValue('939865942');
  await expect(form.getByLabel('Andelen oppgis i')).toHaveValue('pct');
  await expect(form.getByLabel('Andel', { exact: true })).toHaveValue('30');
  await form.getByLabel('Denne oppdragsgiveren leder samarbeidet').check();
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(form.getByText(/^Melhus kommune leder allerede samarbeidet\./)).toBeVisible();
  await form.getByLabel('Denne oppdragsgiveren leder samarbeidet').uncheck();
  await form.getByLabel('Andel', { exact: true }).fill('25,5');
  await expectAccessible(page, 'joint participant being edited');
  await panel.screenshot({ path: 'test-results/screens/joint-panel-edit.png' });
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Deltakeren er endret.');
  await expect(form.getByRole('button', { name: 'Legg til deltaker' })).toBeVisible();
  await expect(rows.nth(1)).toContainText(/2\s550\s000\skr \(25,5\s%\)/);
  await expect(split).toContainText(/Kontorets egen andel: 5\s450\s000\skr/);
  // The history names the unit in the panel's words, and the share as a percentage.
  const entry = page
    .getByTestId('audit-list')
    .getByRole('listitem')
    .filter({ hasText: 'Endret en deltaker i innkjøpssamarbeidet' });
  await entry.locator('summary').click();
  await expect(entry).toContainText('Andelen oppgis i: prosent av samlet verdi');
  await expect(entry).toContainText(/Andel: 25,5\s%/);
  await expect(entry).not.toContainText('pct');
  await expectAccessible(page, 'case history with a participant corrected');
  await entry.scrollIntoViewIfNeeded();
  await shot(page, 'joint-history');

  // Someone else renames Malvik while this user has it open: saving on what they read is refused (409), theirs kept.
  await panel.getByRole('button', { name: 'Endre Malvik kommune' }).click();
  const j = reg.service.dispatch('joint.get', { caseId }, 'nb') as {
    ok: true;
    value: {
      participants: { id: number; name: string; orgnr: string; shareUnit: 'pct'; share: number; lead: boolean }[];
    };
  };
  const { id, name, orgnr, shareUnit, share, lead } = j.value.participants[0]!;
  const was = { name, orgnr, shareUnit, share, lead };
  expect(
    reg.service.dispatch('joint.update', { id, was, participant: { ...was, name: 'Malvik kommune (Hommelvik)' } }, 'nb')
      .ok,
  ).toBe(true);
  await form.getByLabel('Andel', { exact: true }).fill('20');
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(form).toContainText('Deltakeren er endret av noen andre siden du åpnet den.');
  await form.getByRole('button', { name: 'Avbryt' }).click();
  await page.reload();
  await expect(rows.nth(1)).toContainText('Malvik kommune (Hommelvik)');
  await expect(rows.nth(1)).toContainText(/25,5\s%/);

  // In English the same, and removing the leader leaves the office leading.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(panel.getByRole('heading', { name: 'Joint procurement' })).toBeVisible();
  await panel.getByRole('button', { name: 'Remove Melhus kommune' }).click();
  await expect(split).toContainText('The office leads the joint procurement.');
  await expect(split).toContainText(/own share: NOK\s7,450,000 \(74\.5\s%\)/);
  await expectAccessible(page, 'case page with a joint procurement in English');
});
