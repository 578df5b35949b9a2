import { addDays, formatDate, kofaAnswerDue, todayInOslo } from '../core/index.js';
import type { Service } from '../service/service.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { ok, awardedCase } from './seeds.js';

// A case's complaints on its page: a closing date before the complaint came in refused beside the field, a
// KOFA case number in another shape refused, and an injunction recorded by mistake removed after asking.

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

/** Case 2026/9500 in award, with a complaint to the office, one whose answer is overdue, and an injunction recorded on it by mistake. */
function seed(service: Service) {
  const kase = awardedCase(
    service,
    {
      caseNumber: '2026/9500',
      title: 'Vinterdrift av kommunale veier',
      department: 'Teknisk',
      buyer: 'Per Ødegård',
      estimatedValue: 9_000_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      registeredDate: d(-200),
    },
    10,
  );
  ok(service, 'complaints.add', {
    caseId: kase.id,
    complaint: {
      kind: 'office',
      date: d(-6),
      supplier: 'Brøyt og Strø AS',
      concerns: 'Evalueringen av beredskap.',
      answerDue: d(4),
    },
  });
  ok(service, 'complaints.add', {
    caseId: kase.id,
    complaint: { kind: 'office', date: d(-9), supplier: 'Sen Svar AS', answerDue: d(-2) },
  });
  ok(service, 'complaints.add', {
    caseId: kase.id,
    complaint: { kind: 'injunction', date: d(-3), supplier: 'Feilført Maskin AS' },
  });
}

freshRegister({ seed });

test('an answer dated before the complaint is refused beside its field; an injunction recorded by mistake is removed after asking', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page
    .getByRole('link', { name: /Vinterdrift av kommunale veier/ })
    .first()
    .click();
  const panel = page.getByTestId('complaints-panel');
  const rows = page.getByTestId('complaints');
  // Open ones are marked: the complaint with its answer date, the injunction as in force, and the warning above.
  await expect(rows.getByRole('row').filter({ hasText: 'Brøyt og Strø AS' })).toContainText(
    `Åpen, svar innen ${formatDate(d(4))}`,
  );
  await expect(rows.getByRole('row').filter({ hasText: 'Sen Svar AS' })).toContainText(
    `Åpen, svarfristen gikk ut ${formatDate(d(-2))}`,
  );
  await expect(rows.getByRole('row').filter({ hasText: 'Feilført Maskin AS' })).toContainText('Stanser signeringen');
  await expect(page.getByTestId('injunction-standing')).toBeVisible();

  // Answered the day before it came in: refused, on the answer date's field.
  await panel.getByRole('button', { name: `Endre klagen fra Brøyt og Strø AS (${formatDate(d(-6))})` }).click();
  // Editing does not close it by itself.
  await expect(panel.getByLabel('Besvart')).toHaveValue('');
  await panel.getByLabel('Besvart').fill(formatDate(d(-7)));
  await panel.getByLabel('Utfall').selectOption({ label: 'Beslutningen står fast' });
  await panel.getByRole('button', { name: 'Lagre klagen' }).click();
  const answered = panel.getByRole('textbox', { name: 'Besvart' });
  await expect(answered).toHaveAttribute('aria-invalid', 'true');
  await expect(answered).toHaveAccessibleDescription(
    'Klagen kan ikke være besvart før den ble mottatt. Sjekk datoen for svaret og mottaksdatoen.',
  );
  await expectAccessible(page, 'complaint with an answer before it came in');
  await shot(page, 'complaints-refused-date');
  await panel.screenshot({ path: 'test-results/screens/complaints-refused-date-panel.png' });
  await panel.getByLabel('Besvart').fill(formatDate(d(-1)));
  await panel.getByRole('button', { name: 'Lagre klagen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Klagen er lagret.');
  await expect(rows.getByRole('row').filter({ hasText: 'Brøyt og Strø AS' })).toContainText(
    `Avsluttet ${formatDate(d(-1))}`,
  );

  // A KOFA case number not in KOFA's shape, and an answer due before the letter: both refused at their fields.
  await panel.getByLabel('Svarfrist').fill(formatDate(d(-30)));
  await panel.getByLabel('Type').selectOption({ label: 'Klage til KOFA' });
  await panel.getByLabel('Leverandør').fill('Brøyt og Strø AS');
  await panel.getByLabel('KOFAs saksnummer').fill('1234-2026');
  await panel.getByRole('button', { name: 'Registrer klage' }).click();
  await expect(panel.getByRole('textbox', { name: 'KOFAs saksnummer' })).toHaveAccessibleDescription(
    'Skriv saksnummeret slik KOFA gir det: årstall, skråstrek og løpenummer, f.eks. 2024/1234.',
  );
  await expect(panel.getByRole('textbox', { name: 'Svarfrist' })).toHaveAttribute('aria-invalid', 'true');
  // Left empty, the answer due is KOFA's own: ten working days from its letter.
  await expect(panel).toContainText(
    `Tomt: KOFAs frist, 10 virkedager fra datoen i oversendelsesbrevet (${formatDate(kofaAnswerDue(d(0)))})`,
  );
  await panel.getByLabel('Svarfrist').fill('');
  await panel.getByLabel('KOFAs saksnummer').fill('2026/1234');
  await panel.getByRole('button', { name: 'Registrer klage' }).click();
  await expect(rows.getByRole('row').filter({ hasText: '2026/1234' })).toContainText(
    `Åpen, svar innen ${formatDate(kofaAnswerDue(d(0)))}`,
  );
  await expect(rows).toContainText('Klage til KOFA 2026/1234');

  // The injunction recorded by mistake: asked first, cancelled, then removed.
  const removeInjunction = panel.getByRole('button', {
    name: `Fjern klagen fra Feilført Maskin AS (${formatDate(d(-3))})`,
  });
  await removeInjunction.click();
  const dialog = page.getByTestId('complaint-remove-dialog');
  await expect(dialog.getByRole('heading', { name: 'Fjerne klagen?' })).toBeVisible();
  await expect(dialog).toContainText(
    `Dette fjerner «Begjæring om midlertidig forføyning» fra Feilført Maskin AS, mottatt ${formatDate(d(-3))}, fra saken. Gjør det bare om den ble registrert ved en feil`,
  );
  await expectAccessible(page, 'asking before a complaint is removed');
  await page.screenshot({ path: 'test-results/screens/complaints-remove-dialog.png' });
  await dialog.getByRole('button', { name: 'Avbryt' }).last().click();
  await expect(dialog).not.toBeVisible();
  await expect(rows).toContainText('Feilført Maskin AS');
  await removeInjunction.click();
  await dialog.getByRole('button', { name: 'Fjern klagen' }).click();
  await expect(dialog).not.toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Klagen er fjernet.');
  await expect(rows).not.toContainText('Feilført Maskin AS');
  await expect(page.getByTestId('injunction-standing')).toHaveCount(0);
  await expectAccessible(page, 'case page after a complaint is removed');
  await shot(page, 'complaints-panel');
  await panel.screenshot({ path: 'test-results/screens/complaints-panel-only.png' });
});
